using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Publishing;

/// <summary>
/// The key a platform can use to drop a repeated send (Discord <c>nonce</c>): derived from the outbox row only, so it
/// is the same on every retry and after a restart. At most 25 ASCII characters.
/// </summary>
public static class IdempotencyKey
{
    public const int MaxLength = 25;

    public static string For(long deliveryId, string postId, string channel)
    {
        var id = deliveryId.ToString(CultureInfo.InvariantCulture);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{postId}\n{channel}")));
        var room = MaxLength - id.Length - 2;
        return $"d{id}-{hash[..Math.Min(8, room)]}";
    }
}

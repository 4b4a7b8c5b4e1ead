using System.Security.Cryptography;
using System.Text;
using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>
/// A stable 8-character id for a category name, so button payloads stay short whatever the name: the first 40 bits
/// of SHA-256 over the normalized name, in lower-case RFC 4648 base32.
/// </summary>
public static class CategoryShortId
{
    public const int Length = 8;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string For(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(CategoryName.Normalize(category)), hash);
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        Span<char> id = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            id[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(id);
    }

    public static bool IsWellFormed(string id) =>
        id.Length == Length && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

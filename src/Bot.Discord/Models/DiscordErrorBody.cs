using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Discord's error body: a JSON error code, a message and, for 50035, per-field <c>errors</c>.</summary>
/// <remarks>https://discord.com/developers/docs/reference#error-messages</remarks>
public sealed record DiscordErrorBody
{
    /// <summary>e.g. 10003 Unknown Channel, 50001 Missing Access, 50013 Missing Permissions, 50035 Invalid Form Body.</summary>
    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes</remarks>
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("errors")]
    public JsonElement? Errors { get; init; }
}

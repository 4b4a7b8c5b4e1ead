using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A channel permission overwrite for a role (type 0) or member (type 1); allow/deny are bitset strings.</summary>
/// <remarks>https://discord.com/developers/docs/resources/channel#overwrite-object</remarks>
public sealed record PermissionOverwrite
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public int Type { get; init; }

    [JsonPropertyName("allow")]
    public string Allow { get; init; } = "0";

    [JsonPropertyName("deny")]
    public string Deny { get; init; } = "0";
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A guild role; the role whose id equals the guild id is <c>@everyone</c>.</summary>
/// <remarks>https://discord.com/developers/docs/topics/permissions#role-object</remarks>
public sealed record GuildRole
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Permission bitset as a decimal string.</summary>
    [JsonPropertyName("permissions")]
    public string Permissions { get; init; } = "0";

    [JsonPropertyName("position")]
    public int Position { get; init; }
}

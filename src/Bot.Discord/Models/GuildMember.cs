using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A guild member; in interactions it also carries the member's computed <c>permissions</c>.</summary>
/// <remarks>https://discord.com/developers/docs/resources/guild#guild-member-object</remarks>
public sealed record GuildMember
{
    [JsonPropertyName("user")]
    public DiscordUser? User { get; init; }

    [JsonPropertyName("nick")]
    public string? Nick { get; init; }

    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init; } = [];

    [JsonPropertyName("permissions")]
    public string? Permissions { get; init; }
}

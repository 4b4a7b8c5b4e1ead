using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>The parts of a channel object needed to name it and compute permissions in it.</summary>
/// <remarks>https://discord.com/developers/docs/resources/channel#channel-object</remarks>
public sealed record DiscordChannel
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>0 guild text, 1 DM, 5 announcement, 15 forum, ...</summary>
    [JsonPropertyName("type")]
    public int Type { get; init; }

    [JsonPropertyName("guild_id")]
    public string? GuildId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("permission_overwrites")]
    public IReadOnlyList<PermissionOverwrite>? PermissionOverwrites { get; init; }
}

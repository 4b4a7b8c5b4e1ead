using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Embed author; name at most 256 characters.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-author-structure</remarks>
public sealed record EmbedAuthor
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}

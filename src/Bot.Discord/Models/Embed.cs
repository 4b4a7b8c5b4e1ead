using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A rich embed. Limits: title 256, description 4096, 25 fields, 6000 characters in total.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#embed-object</remarks>
public sealed record Embed
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>RGB colour as an integer (0xRRGGBB).</summary>
    [JsonPropertyName("color")]
    public int? Color { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("footer")]
    public EmbedFooter? Footer { get; init; }

    [JsonPropertyName("fields")]
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>A large image under the description.</summary>
    [JsonPropertyName("image")]
    public EmbedMedia? Image { get; init; }

    /// <summary>A small image at the top right.</summary>
    [JsonPropertyName("thumbnail")]
    public EmbedMedia? Thumbnail { get; init; }

    [JsonPropertyName("author")]
    public EmbedAuthor? Author { get; init; }
}

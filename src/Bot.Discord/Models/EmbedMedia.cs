using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>An embed's image or thumbnail: only <c>url</c> can be set (http(s) or <c>attachment://</c>).</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-image-structure</remarks>
public sealed record EmbedMedia
{
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}

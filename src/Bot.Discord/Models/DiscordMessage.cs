using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>The parts of a message object this client reads.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#message-object</remarks>
public sealed record DiscordMessage
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Integer or string, as sent.</summary>
    [JsonPropertyName("nonce")]
    public JsonElement? Nonce { get; init; }

    [JsonPropertyName("author")]
    public DiscordUser? Author { get; init; }

    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }
}

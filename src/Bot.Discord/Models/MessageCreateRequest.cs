using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Body of Create Message. Content at most 2000 characters, at most 10 embeds, nonce at most 25 characters.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#create-message-jsonform-params</remarks>
public sealed record MessageCreateRequest
{
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Echoed back; with <see cref="EnforceNonce"/> a repeat within minutes returns the existing message.</summary>
    [JsonPropertyName("nonce")]
    public string? Nonce { get; init; }

    [JsonPropertyName("enforce_nonce")]
    public bool? EnforceNonce { get; init; }

    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions? AllowedMentions { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Body of Execute Webhook. Content at most 2000 characters, at most 10 embeds.</summary>
/// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook-jsonform-params</remarks>
public sealed record WebhookExecuteRequest
{
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("avatar_url")]
    public string? AvatarUrl { get; init; }

    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions? AllowedMentions { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }

    /// <summary>Required by forum and media channels: creates a thread with this name.</summary>
    [JsonPropertyName("thread_name")]
    public string? ThreadName { get; init; }
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Callback data: message fields for types 4 and 7, <see cref="Choices"/> (at most 25) for type 8.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-messages</remarks>
public sealed record InteractionCallbackData
{
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions? AllowedMentions { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary><see cref="MessageFlags.Ephemeral"/> shows the reply to the invoking user only.</summary>
    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }

    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete</remarks>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Embed footer; text at most 2048 characters.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-footer-structure</remarks>
public sealed record EmbedFooter
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}

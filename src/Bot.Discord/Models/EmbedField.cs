using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Embed field; name at most 256, value at most 1024 characters.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-field-structure</remarks>
public sealed record EmbedField
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }

    [JsonPropertyName("inline")]
    public bool? Inline { get; init; }
}

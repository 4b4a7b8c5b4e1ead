using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>One option of a string select; label, value and description at most 100 characters.</summary>
/// <remarks>https://discord.com/developers/docs/components/reference#string-select-select-option-structure</remarks>
public sealed record SelectOption
{
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("default")]
    public bool? Default { get; init; }
}

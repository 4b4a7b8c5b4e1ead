using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>
/// Interaction data: command name and options for commands and autocomplete; custom id, component type and
/// selected values for components.
/// </summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-data</remarks>
public sealed record InteractionData
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("type")]
    public int? Type { get; init; }

    [JsonPropertyName("options")]
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }

    [JsonPropertyName("component_type")]
    public ComponentType? ComponentType { get; init; }

    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }
}

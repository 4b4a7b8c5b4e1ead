using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A command option as the user filled it in; <see cref="Focused"/> marks the one being autocompleted.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-application-command-interaction-data-option-structure</remarks>
public sealed record InteractionDataOption
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("type")]
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>String, integer, number or boolean, depending on <see cref="Type"/>.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    [JsonPropertyName("options")]
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    [JsonPropertyName("focused")]
    public bool? Focused { get; init; }
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A command option. <see cref="Autocomplete"/> may not be true when <see cref="Choices"/> are present.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure</remarks>
public sealed record ApplicationCommandOption
{
    [JsonPropertyName("type")]
    public required ApplicationCommandOptionType Type { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    [JsonPropertyName("description_localizations")]
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    [JsonPropertyName("required")]
    public bool? Required { get; init; }

    /// <summary>At most 25.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    [JsonPropertyName("autocomplete")]
    public bool? Autocomplete { get; init; }

    [JsonPropertyName("min_value")]
    public double? MinValue { get; init; }

    [JsonPropertyName("max_value")]
    public double? MaxValue { get; init; }

    [JsonPropertyName("min_length")]
    public int? MinLength { get; init; }

    [JsonPropertyName("max_length")]
    public int? MaxLength { get; init; }

    [JsonPropertyName("options")]
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}

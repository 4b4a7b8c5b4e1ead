using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>An application command as sent to Bulk Overwrite and as returned. Name 1-32 lowercase, description 1-100.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object</remarks>
public sealed record ApplicationCommand
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; init; }

    [JsonPropertyName("guild_id")]
    public string? GuildId { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    [JsonPropertyName("type")]
    public ApplicationCommandType? Type { get; init; }

    /// <summary>At most 25; required options before optional ones.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    [JsonPropertyName("name_localizations")]
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    [JsonPropertyName("description_localizations")]
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
}

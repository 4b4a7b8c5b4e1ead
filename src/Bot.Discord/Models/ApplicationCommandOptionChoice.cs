using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>A fixed or autocompleted choice: name 1-100 characters, value a string (at most 100) or a number.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure</remarks>
public sealed record ApplicationCommandOptionChoice
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("value")]
    public required JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice ForString(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, Serialization.DiscordJsonContext.Wire.String) };

    public static ApplicationCommandOptionChoice ForInteger(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, Serialization.DiscordJsonContext.Wire.Int64) };
}

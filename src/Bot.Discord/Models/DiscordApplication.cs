using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>The parts of the application object needed to register commands before the gateway says READY.</summary>
/// <remarks>https://discord.com/developers/docs/resources/application#application-object</remarks>
public sealed record DiscordApplication
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("bot_public")]
    public bool? BotPublic { get; init; }
}

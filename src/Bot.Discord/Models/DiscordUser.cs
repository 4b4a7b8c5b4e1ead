using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>The parts of a user object this client reads.</summary>
/// <remarks>https://discord.com/developers/docs/resources/user#user-object</remarks>
public sealed record DiscordUser
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("global_name")]
    public string? GlobalName { get; init; }

    [JsonPropertyName("discriminator")]
    public string? Discriminator { get; init; }

    [JsonPropertyName("bot")]
    public bool? Bot { get; init; }
}

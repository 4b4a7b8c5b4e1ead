using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>The partial application object in READY.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#ready-ready-event-fields</remarks>
public sealed record ReadyApplication
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("flags")]
    public long? Flags { get; init; }
}

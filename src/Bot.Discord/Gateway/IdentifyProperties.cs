using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Connection properties sent in Identify.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#identify-identify-connection-properties</remarks>
public sealed record IdentifyProperties
{
    [JsonPropertyName("os")]
    public required string Os { get; init; }

    [JsonPropertyName("browser")]
    public required string Browser { get; init; }

    [JsonPropertyName("device")]
    public required string Device { get; init; }
}

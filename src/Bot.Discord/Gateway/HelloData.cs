using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Data of op 10 Hello.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#hello</remarks>
public sealed record HelloData
{
    /// <summary>Milliseconds between heartbeats.</summary>
    [JsonPropertyName("heartbeat_interval")]
    public int HeartbeatInterval { get; init; }
}

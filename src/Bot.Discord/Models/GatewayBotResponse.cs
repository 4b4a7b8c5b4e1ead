using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Response of Get Gateway Bot: where to connect and how many identifies are left.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#get-gateway-bot</remarks>
public sealed record GatewayBotResponse
{
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    [JsonPropertyName("shards")]
    public int Shards { get; init; } = 1;

    [JsonPropertyName("session_start_limit")]
    public SessionStartLimit? SessionStartLimit { get; init; }
}

using System.Text.Json.Serialization;
using Bot.Discord.Models;

namespace Bot.Discord.Gateway;

/// <summary>Data of the READY dispatch: the session to resume later and where to resume it.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#ready</remarks>
public sealed record ReadyData
{
    [JsonPropertyName("v")]
    public int V { get; init; }

    [JsonPropertyName("user")]
    public DiscordUser? User { get; init; }

    [JsonPropertyName("session_id")]
    public required string SessionId { get; init; }

    [JsonPropertyName("resume_gateway_url")]
    public required string ResumeGatewayUrl { get; init; }

    [JsonPropertyName("application")]
    public ReadyApplication? Application { get; init; }
}

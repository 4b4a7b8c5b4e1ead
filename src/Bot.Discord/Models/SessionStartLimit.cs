using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Identify budget: 1000 a day; hitting it ends all sessions and resets the token.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#session-start-limit-object</remarks>
public sealed record SessionStartLimit
{
    [JsonPropertyName("total")]
    public int Total { get; init; }

    [JsonPropertyName("remaining")]
    public int Remaining { get; init; }

    /// <summary>Milliseconds until the budget resets.</summary>
    [JsonPropertyName("reset_after")]
    public long ResetAfter { get; init; }

    [JsonPropertyName("max_concurrency")]
    public int MaxConcurrency { get; init; } = 1;
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Body of a 429: <c>retry_after</c> is seconds with decimals; <c>code</c> is optional.</summary>
/// <remarks>https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit-rate-limit-response-structure</remarks>
public sealed record RateLimitBody
{
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("retry_after")]
    public double RetryAfter { get; init; }

    [JsonPropertyName("global")]
    public bool Global { get; init; }

    [JsonPropertyName("code")]
    public int? Code { get; init; }
}

namespace Bot.Discord.Rest;

/// <summary>Why the rate limiter held a request back.</summary>
/// <remarks>https://discord.com/developers/docs/topics/rate-limits</remarks>
public enum RateLimitWaitReason
{
    /// <summary>The route's bucket had no requests remaining until its reset.</summary>
    Bucket,

    /// <summary>A global 429 paused every route.</summary>
    GlobalPause,

    /// <summary>The bot's own ceiling of 50 requests per second.</summary>
    GlobalCeiling,
}

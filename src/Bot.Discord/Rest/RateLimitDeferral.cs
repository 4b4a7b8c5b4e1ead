namespace Bot.Discord.Rest;

/// <summary>
/// The limiter's answer when the wait would outlast the caller's deadline: nothing was sent; try again at
/// <see cref="RetryAt"/>. The REST client turns it into a <see cref="DiscordApiException"/> with a retry time.
/// </summary>
internal sealed class RateLimitDeferral : Exception
{
    public RateLimitDeferral()
    {
    }

    public RateLimitDeferral(string message)
        : base(message)
    {
    }

    public RateLimitDeferral(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RateLimitDeferral(DateTimeOffset retryAt, RateLimitWaitReason reason)
        : base($"rate limited until {retryAt:HH:mm:ss.fff} UTC ({reason})")
    {
        RetryAt = retryAt;
        Reason = reason;
    }

    public DateTimeOffset RetryAt { get; }

    public RateLimitWaitReason Reason { get; }
}

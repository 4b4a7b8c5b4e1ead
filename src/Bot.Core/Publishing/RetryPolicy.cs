namespace Bot.Core.Publishing;

/// <summary>How long to wait before retrying a transient failure: exponential backoff with jitter, never shorter than the platform asked.</summary>
public static class RetryPolicy
{
    /// <param name="attempts">Failed attempts so far, including the one just made (1 or more).</param>
    /// <param name="retryAfter">What the platform asked for, if anything.</param>
    /// <param name="options">Base, cap and jitter share.</param>
    /// <param name="random">A number in [0, 1) that spreads the delay over ±jitter/2.</param>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, PublishingOptions options, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var backoff = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.RetryMaxDelay.TotalMilliseconds);
        var jittered = backoff * (1 + (options.RetryJitter * (random - 0.5)));
        var delay = TimeSpan.FromMilliseconds(Math.Max(jittered, 0));
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}

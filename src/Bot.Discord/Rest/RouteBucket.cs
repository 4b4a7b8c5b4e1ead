namespace Bot.Discord.Rest;

/// <summary>
/// What Discord said about one bucket: requests remaining and when it resets. <see cref="Gate"/> lets one request per
/// bucket be in flight, so the count from the last answer is still true when the next request starts.
/// </summary>
internal sealed class RouteBucket : IDisposable
{
    private readonly Lock _state = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When the next request may be sent, or null if it may be sent now.</summary>
    public DateTimeOffset? BlockedUntil(DateTimeOffset now)
    {
        lock (_state)
        {
            return _remaining == 0 && _resetAt > now ? _resetAt : null;
        }
    }

    /// <summary>True when nothing waits on this bucket and what Discord said about it has expired.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_state)
        {
            return _resetAt <= now && Gate.CurrentCount == 1;
        }
    }

    public void Update(int remaining, DateTimeOffset resetAt)
    {
        lock (_state)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    public void Dispose() => Gate.Dispose();
}

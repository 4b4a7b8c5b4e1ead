namespace Bot.Benchmarks.FanOut;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than the real one: a second on it passes in 1/Factor real
/// seconds, and its timers fire after 1/Factor of their due time. Given to the platform fakes and to the senders'
/// throttles alike, it scales every rate-limit window by the same factor (Telegram's 60 s group window becomes
/// 600 ms at 100×) without changing a limit in the product: both sides still count and wait in "seconds".
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly long startTimestamp = System.GetTimestamp();
    private readonly DateTimeOffset startUtc = System.GetUtcNow();

    public ScaledTimeProvider(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        Factor = factor;
    }

    public int Factor { get; }

    public override DateTimeOffset GetUtcNow() => startUtc + Scale(System.GetElapsedTime(startTimestamp));

    public override long GetTimestamp() => startTimestamp + ((System.GetTimestamp() - startTimestamp) * Factor);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>Real time span → scaled time span.</summary>
    public TimeSpan Scale(TimeSpan real) => real * Factor;

    /// <summary>Scaled time span → real time span; infinite stays infinite.</summary>
    public TimeSpan ToReal(TimeSpan scaled) => scaled == Timeout.InfiniteTimeSpan || scaled <= TimeSpan.Zero ? scaled : scaled / Factor;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

namespace Bot.Discord.Tests.Support;

/// <summary>
/// A clock whose timers fire <paramref name="early"/> before they are due (as real timers, counting whole
/// milliseconds, may), while <see cref="GetUtcNow"/> tells the true time. Timers due within twice that fire on time.
/// </summary>
internal sealed class EarlyTimerTimeProvider(TimeProvider inner, TimeSpan early) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime > early * 2 ? dueTime - early : dueTime, period);
}

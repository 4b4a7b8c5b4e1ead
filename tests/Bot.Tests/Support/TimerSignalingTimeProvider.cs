using System.Threading.Channels;

namespace Bot.Tests.Support;

/// <summary>
/// Passes everything to <paramref name="inner"/> and reports each timer created, with its due time: a test can wait
/// until a component is waiting on the clock before it moves the clock on.
/// </summary>
public sealed class TimerSignalingTimeProvider(TimeProvider inner) : TimeProvider
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created; fails after <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan> NextTimerAsync(TimeSpan timeout) => await created.Reader.ReadAsync().AsTask().WaitAsync(timeout);
}

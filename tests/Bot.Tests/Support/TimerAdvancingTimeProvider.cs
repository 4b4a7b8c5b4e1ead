using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Support;

/// <summary>
/// A fake clock that moves itself on to every timer created on it, one at a time, off the creating thread: a wait on
/// this clock (a pacing delay) passes at once, yet in the order and by the amounts the component asked for, and
/// <see cref="Elapsed"/> tells how much fake time the waits took. For tests about what is sent, not when.
/// </summary>
public sealed class TimerAdvancingTimeProvider : TimeProvider, IAsyncDisposable
{
    private readonly FakeTimeProvider inner;
    private readonly DateTimeOffset start;
    private readonly Channel<TimeSpan> due = Channel.CreateUnbounded<TimeSpan>();
    private readonly Task driver;

    public TimerAdvancingTimeProvider(DateTimeOffset start)
    {
        inner = new FakeTimeProvider(start);
        this.start = start;
        driver = Task.Run(DriveAsync);
    }

    public TimeSpan Elapsed => inner.GetUtcNow() - start;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            due.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    public async ValueTask DisposeAsync()
    {
        due.Writer.TryComplete();
        await driver;
    }

    private async Task DriveAsync()
    {
        await foreach (var wait in due.Reader.ReadAllAsync())
        {
            inner.Advance(wait);
        }
    }
}

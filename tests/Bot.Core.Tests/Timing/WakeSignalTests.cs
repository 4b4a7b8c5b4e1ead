using Bot.Core.Timing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Timing;

public sealed class WakeSignalTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly WakeSignal signal = new();

    [Fact]
    public async Task WaitUntilAsync_DeadlineReached_Completes()
    {
        var wait = signal.Arm().WaitUntilAsync(time.GetUtcNow().AddSeconds(10), time, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await wait.WaitAsync(Settle);
    }

    [Fact]
    public async Task WaitUntilAsync_WokenEarly_CompletesBeforeDeadline()
    {
        var wait = signal.Arm().WaitUntilAsync(time.GetUtcNow().AddHours(1), time, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        signal.Wake();

        await wait.WaitAsync(Settle);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    [Fact]
    public async Task WaitUntilAsync_Cancelled_Throws()
    {
        using var stop = new CancellationTokenSource();
        var wait = signal.Arm().WaitUntilAsync(time.GetUtcNow().AddHours(1), time, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Settle));
    }

    [Fact]
    public async Task WaitUntilAsync_AlreadyCancelledAndWoken_Throws()
    {
        var ticket = signal.Arm();
        signal.Wake();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ticket.WaitUntilAsync(time.GetUtcNow().AddHours(1), time, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task WaitUntilAsync_WokenBetweenArmAndWait_ReturnsAtOnce()
    {
        var ticket = signal.Arm();
        signal.Wake(); // lands while the caller is still looking at its state

        var wait = ticket.WaitUntilAsync(time.GetUtcNow().AddDays(1), time, CancellationToken.None);

        Assert.True(wait.IsCompleted);
        await wait;
    }

    [Fact]
    public async Task Arm_AfterWake_WaitsForTheNextWake()
    {
        signal.Wake();
        signal.Wake();
        var wait = signal.Arm().WaitUntilAsync(time.GetUtcNow().AddSeconds(5), time, CancellationToken.None);

        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await wait.WaitAsync(Settle);
    }

    [Fact]
    public async Task Wake_SeveralWaiters_WakesEveryArmedTicket()
    {
        var waits = Enumerable.Range(0, 3)
            .Select(_ => signal.Arm().WaitUntilAsync(time.GetUtcNow().AddHours(1), time, CancellationToken.None))
            .ToList();

        signal.Wake();

        await Task.WhenAll(waits).WaitAsync(Settle);
    }

    [Fact]
    public async Task WaitUntilAsync_DeadlinePassed_ReturnsAtOnce()
    {
        var wait = signal.Arm().WaitUntilAsync(time.GetUtcNow().AddSeconds(-1), time, CancellationToken.None);

        Assert.True(wait.IsCompleted);
        await wait;
    }

    [Fact]
    public async Task WaitUntilAsync_DeadlineBeyondTimerLimit_EndsAtTheCapSoTheCallerLooksAgain()
    {
        var wait = signal.Arm().WaitUntilAsync(DateTimeOffset.MaxValue, time, CancellationToken.None);

        time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await wait.WaitAsync(Settle);
    }

    [Fact]
    public async Task Never_WaitUntilAsync_IsAPlainWaitUntilTheDeadline()
    {
        signal.Wake();
        var wait = WakeTicket.Never.WaitUntilAsync(time.GetUtcNow().AddSeconds(3), time, CancellationToken.None);

        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(3));
        await wait.WaitAsync(Settle);
    }
}

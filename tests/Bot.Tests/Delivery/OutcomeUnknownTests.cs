using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Tests.Support;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

/// <summary>
/// A send went out but its outcome could not be written (full disk): the channel holds until the write succeeds and
/// never repeats the send for that reason; across restarts such a send is repeated at most once.
/// </summary>
public sealed class OutcomeUnknownTests : IDisposable
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly TimerSignalingTimeProvider time;
    private readonly TestDatabase database;
    private readonly PostIndexHolder holder = new();
    private readonly WakeSignal signal = new();
    private readonly TestChannelCatalog catalog = new(Channel("all"));
    private readonly FixedOptionsMonitor<PublishingOptions> options = new(new PublishingOptions { RetryJitter = 0 });

    public OutcomeUnknownTests()
    {
        time = new TimerSignalingTimeProvider(clock);
        database = new TestDatabase(clock);
    }

    [Fact]
    public async Task Worker_OutcomeWriteFailsThreeTimes_SendsOnceAndNextPostOnlyAfterTheWriteSucceeds()
    {
        var store = new WriteFailingOutboxStore(database.Store, failures: 3);
        var sender = new ScriptedSender(ChannelPlatform.Console);
        await QueueAsync("b", "c");
        var (worker, attempts) = NewWorker(store, sender);
        await worker.StartAsync(CancellationToken.None);

        var recorded = await DriveAsync(ReadAsync(attempts, 2));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(["b", "c"], sender.Requests.Select(r => r.Posts[0].Id));
        Assert.Equal(3, store.FailedWrites);
        Assert.All(recorded, a => Assert.Equal(DeliveryOutcome.Sent, a.Outcome));
        Assert.All(OutboxRows.Read(database.FilePath), r => Assert.Equal("sent", r.Status));
    }

    [Fact]
    public async Task Worker_OutcomeNeverRecordedAcrossTwoRestarts_SentAtMostTwiceThenMarkedFailed()
    {
        var sender = new ScriptedSender(ChannelPlatform.Console);
        await QueueAsync("b");
        for (var run = 0; run < 2; run++)
        {
            var failing = new WriteFailingOutboxStore(database.Store, failures: int.MaxValue);
            var (worker, _) = NewWorker(failing, sender);
            await worker.StartAsync(CancellationToken.None);
            await failing.FirstFailure.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)); // as a stop or crash would
        }

        var (healthy, attempts) = NewWorker(database.Reopen(clock), sender);
        await healthy.StartAsync(CancellationToken.None);
        var attempt = (await DriveAsync(ReadAsync(attempts, 1)))[0];
        await healthy.StopAsync(CancellationToken.None);

        Assert.Equal(2, sender.Requests.Count);
        Assert.Equal(DeliveryOutcome.Permanent, attempt.Outcome);
        var row = Assert.Single(OutboxRows.Read(database.FilePath));
        Assert.Equal("failed", row.Status);
        Assert.Contains("without its outcome being recorded", row.LastError, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    /// <summary>Records a baseline, then the given posts as new: one pending row each for channel "all".</summary>
    private async Task QueueAsync(params string[] postIds)
    {
        var planner = new OutboxPlanner(holder, catalog, database.Store, signal, clock, options, NullLogger<OutboxPlanner>.Instance);
        holder.Replace(PostIndex.Build([Make("a", Earlier)], clock.GetUtcNow()));
        await planner.ProcessAsync(CancellationToken.None);
        holder.Replace(PostIndex.Build([Make("a", Earlier), .. postIds.Select((id, i) => Make(id, Start.AddMinutes(i - postIds.Length)))], clock.GetUtcNow()));
        Assert.Equal(postIds.Length, await planner.ProcessAsync(CancellationToken.None));
    }

    private (DeliveryWorker Worker, Channel<DeliveryAttempt> Attempts) NewWorker(IOutboxStore store, ScriptedSender sender)
    {
        var attempts = System.Threading.Channels.Channel.CreateUnbounded<DeliveryAttempt>();
        var worker = new DeliveryWorker(store, signal, holder, catalog, [sender], time, options, NullLogger<DeliveryWorker>.Instance);
        worker.Attempted += a => attempts.Writer.TryWrite(a);
        return (worker, attempts);
    }

    private static async Task<List<DeliveryAttempt>> ReadAsync(Channel<DeliveryAttempt> attempts, int count)
    {
        var list = new List<DeliveryAttempt>();
        while (list.Count < count)
        {
            list.Add(await attempts.Reader.ReadAsync());
        }

        return list;
    }

    /// <summary>Moves the clock on by each wait the worker starts, until <paramref name="until"/> completes.</summary>
    private async Task<T> DriveAsync<T>(Task<T> until)
    {
        Task<TimeSpan>? nextTimer = null;
        while (true)
        {
            nextTimer ??= time.NextTimerAsync(TimeSpan.FromMinutes(5));
            if (await Task.WhenAny(until, nextTimer).WaitAsync(TimeSpan.FromSeconds(20)) == until)
            {
                return await until;
            }

            var due = await nextTimer;
            nextTimer = null;
            if (due > TimeSpan.Zero && due != Timeout.InfiniteTimeSpan)
            {
                clock.Advance(due);
            }
        }
    }
}

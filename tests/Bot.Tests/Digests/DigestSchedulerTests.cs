using Bot.Core.Publishing;
using Bot.Storage;

namespace Bot.Tests.Digests;

public sealed class DigestSchedulerTests : IAsyncLifetime
{
    // Start is 2026-03-01 12:00 +08:00; the daily 09:00 Shanghai tick after it is the next morning.
    private static readonly DateTimeOffset FirstTick = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly DigestHarness harness = new(DigestHarness.DigestChannel("daily"));

    public Task InitializeAsync() => harness.BaselineAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Publish_DigestChannel_QueuesPostsInsteadOfAnnouncing()
    {
        var written = await harness.PublishAsync("p1", "p2");

        Assert.Equal(0, written);
        Assert.Empty(harness.Rows);
        Assert.Equal(["p1", "p2"], harness.Store.LoadWaiting("daily").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunDue_TickWithWaitingPosts_OneDigestRowSentByWorker()
    {
        await harness.PublishAsync("p1", "p2");
        harness.Time.SetUtcNow(FirstTick);

        var next = await harness.Scheduler.RunDueAsync(CancellationToken.None);
        await harness.Delivery.StartWorkerAsync();
        var request = await harness.Sender.NextArrivalAsync();
        await harness.Delivery.NextAttemptAsync();

        Assert.Equal(FirstTick.AddDays(1), next);
        Assert.Equal(DeliveryKind.Digest, request.Kind);
        Assert.Equal(["p1", "p2"], request.Posts.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, request.Digest!.EntryCount);
        var row = Assert.Single(harness.Rows);
        Assert.StartsWith(SqliteDigestStore.DigestRowPrefix, row.PostId, StringComparison.Ordinal);
        Assert.Equal("sent", row.Status);
        Assert.Empty(harness.Store.LoadWaiting("daily"));
    }

    [Fact]
    public async Task RunDue_BeforeTick_WritesNothing()
    {
        harness.Time.SetUtcNow(FirstTick.AddSeconds(-1));

        var next = await harness.Scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(FirstTick, next);
        Assert.Empty(harness.Rows);
    }

    [Fact]
    public async Task RunDue_EmptyPeriod_SendsNothingAndMovesToNextPeriod()
    {
        harness.Time.SetUtcNow(FirstTick);

        var next = await harness.Scheduler.RunDueAsync(CancellationToken.None);

        Assert.Empty(harness.Rows);
        Assert.Equal(FirstTick.AddDays(1), next);
        Assert.Equal(FirstTick, harness.Store.LoadLastDigests()["daily"]);
    }

    [Fact]
    public async Task RunDue_DownAcrossThreeTicks_OneCatchUpDigest()
    {
        await harness.PublishAsync("p1");
        harness.Time.SetUtcNow(FirstTick.AddDays(1));
        await harness.PublishAsync("p2");
        harness.Time.SetUtcNow(FirstTick.AddDays(2).AddHours(5));

        var next = await harness.Scheduler.RunDueAsync(CancellationToken.None);
        var again = await harness.Scheduler.RunDueAsync(CancellationToken.None);

        var row = Assert.Single(harness.Rows);
        Assert.Equal("pending", row.Status);
        Assert.Equal(FirstTick.AddDays(3), next);
        Assert.Equal(FirstTick.AddDays(3), again);
        await harness.Delivery.StartWorkerAsync();
        Assert.Equal(["p1", "p2"], (await harness.Sender.NextArrivalAsync()).Posts.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_ClockReachesTick_TimerWritesDigestAndWorkerSendsIt()
    {
        var passes = System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<DigestClosed>>();
        harness.Scheduler.Passed += closed => passes.Writer.TryWrite(closed);
        await harness.PublishAsync("p1");
        await harness.Delivery.StartWorkerAsync();
        await harness.Scheduler.StartAsync(CancellationToken.None);
        Assert.Empty(await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        harness.Time.SetUtcNow(FirstTick);
        var closed = await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var request = await harness.Sender.NextArrivalAsync();
        await harness.Scheduler.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["p1"], Assert.Single(closed).PostIds);
        Assert.Equal(DeliveryKind.Digest, request.Kind);
    }

    [Fact]
    public async Task ExecuteAsync_DigestChannelAdded_StartsItWithoutRestart()
    {
        var passes = System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<DigestClosed>>();
        harness.Scheduler.Passed += closed => passes.Writer.TryWrite(closed);
        await harness.Scheduler.StartAsync(CancellationToken.None);
        await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        harness.Catalog.Set(DigestHarness.DigestChannel("daily"), DigestHarness.DigestChannel("weekly", "0 8 * * 1"));
        await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await harness.Scheduler.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(harness.Time.GetUtcNow(), harness.Store.LoadLastDigests()["weekly"]);
    }

    [Fact]
    public async Task RunDue_ChannelSwitchedToInstant_WaitingPostsGoOutAsOneLastDigest()
    {
        await harness.PublishAsync("p1", "p2");

        harness.Catalog.Set(Bot.Tests.TestSupport.TestChannelCatalog.Channel("daily"));
        await harness.Scheduler.RunDueAsync(CancellationToken.None);
        await harness.PublishAsync("p3");

        Assert.Equal(2, harness.Rows.Count);
        Assert.StartsWith(SqliteDigestStore.DigestRowPrefix, harness.Rows[0].PostId, StringComparison.Ordinal);
        Assert.Equal("p3", harness.Rows[1].PostId);
        Assert.Empty(harness.Store.LoadWaiting("daily"));
    }
}

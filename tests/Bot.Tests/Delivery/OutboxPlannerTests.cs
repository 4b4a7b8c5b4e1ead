using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Tests.TestSupport;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

public sealed class OutboxPlannerTests
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);

    [Fact]
    public async Task ProcessAsync_FirstRunOnExistingArchive_RecordsAllSeenAndQueuesNothing()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all"), Channel("nlp", categories: "NLP")));

        var written = await harness.ScanAsync(Make("a", Earlier), Make("b", Earlier.AddDays(1), categories: "NLP"));

        Assert.Equal(0, written);
        Assert.Empty(harness.Rows);
        var state = await harness.Database.Store.LoadStateAsync(CancellationToken.None);
        Assert.True(state.Baselined);
        Assert.Equal(["a", "b"], state.SeenHashes.Keys.Order());
        Assert.Equal(["all", "nlp"], state.KnownChannels.Order());
    }

    [Fact]
    public async Task ProcessAsync_BeforeFirstScan_DoesNotBaselineAnEmptyArchive()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")));

        var written = await harness.Planner.ProcessAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.False((await harness.Database.Store.LoadStateAsync(CancellationToken.None)).Baselined);
    }

    [Fact]
    public async Task ProcessAsync_FirstRunWithBackfill_QueuesNewestWantedPostsOldestFirst()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("nlp", backfill: 2, categories: "nlp"), Channel("none")));

        var written = await harness.ScanAsync(
            Make("old", Earlier, categories: "NLP"), Make("mid", Earlier.AddDays(1), categories: "NLP"),
            Make("new", Earlier.AddDays(2), categories: "NLP"), Make("other", Earlier.AddDays(3), categories: "Python"));

        Assert.Equal(2, written);
        Assert.Equal([("mid", "nlp"), ("new", "nlp")], harness.Rows.Select(r => (r.PostId, r.Channel)));
    }

    [Fact]
    public async Task ProcessAsync_NewPostAfterBaseline_OneRowPerMatchingChannel()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(
            Channel("all", categories: "*"), Channel("nlp", categories: "ＮＬＰ"), Channel("python", categories: "Python")));
        await harness.ScanAsync(Make("a", Earlier));

        var written = await harness.ScanAsync(Make("a", Earlier), Make("fresh", Start, categories: ["深度学习", "NLP"]));

        Assert.Equal(2, written);
        Assert.Equal([("fresh", "all"), ("fresh", "nlp")], harness.Rows.Select(r => (r.PostId, r.Channel)).Order());
        Assert.All(harness.Rows, r => Assert.Equal("pending", r.Status));
    }

    [Fact]
    public async Task ProcessAsync_RestartWithSameDatabase_QueuesNothingAgain()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")));
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        Assert.Single(harness.Rows);

        var restarted = new Bot.Delivery.OutboxPlanner(
            harness.Holder, harness.Catalog, harness.Database.Reopen(harness.Time), new Bot.Core.Timing.WakeSignal(), harness.Time,
            new FixedOptionsMonitor<PublishingOptions>(harness.Options), Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Delivery.OutboxPlanner>.Instance);
        var written = await restarted.ProcessAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Single(harness.Rows);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task ProcessAsync_ChangedPost_QueuedOnlyWithAnnounceUpdates(bool announceUpdates, int expectedRows)
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), new PublishingOptions { AnnounceUpdates = announceUpdates });
        await harness.ScanAsync(Make("a", Earlier, hash: "v1"));

        await harness.ScanAsync(Make("a", Earlier, hash: "v2"));
        await harness.ScanAsync(Make("a", Earlier, hash: "v2"));

        Assert.Equal(expectedRows, harness.Rows.Count);
        Assert.Equal("v2", (await harness.Database.Store.LoadStateAsync(CancellationToken.None)).SeenHashes["a"]);
    }

    [Fact]
    public async Task ScheduledPost_WhenClockReachesItsDate_IsQueuedThen()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")));
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("later", Start.AddHours(2)));
        Assert.Empty(harness.Rows);
        var planned = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Planner.Processed += n =>
        {
            if (n > 0)
            {
                planned.TrySetResult(n);
            }
        };
        await harness.Planner.StartAsync(CancellationToken.None);

        harness.Time.Advance(TimeSpan.FromHours(2));
        var written = await planned.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, written);
        Assert.Equal("later", Assert.Single(harness.Rows).PostId);
        await harness.Planner.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CatalogChange_NewChannelStartsFromNowWithBackfill_RemovedChannelGetsNothing()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("first")));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Earlier.AddDays(1)));

        harness.Catalog.Set(Channel("second", backfill: 1));
        await harness.Planner.ProcessAsync(CancellationToken.None);
        await harness.ScanAsync(Make("a", Earlier), Make("b", Earlier.AddDays(1)), Make("c", Start));

        Assert.Equal([("b", "second"), ("c", "second")], harness.Rows.Select(r => (r.PostId, r.Channel)));
    }

    [Fact]
    public async Task ProcessAsync_DraftAndExpiredPosts_AreNeverQueued()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")));
        await harness.ScanAsync(Make("a", Earlier));

        var written = await harness.ScanAsync(
            Make("a", Earlier), Make("draft", Start) with { IsDraft = true }, Make("gone", Start) with { ExpiryDate = Start });

        Assert.Equal(0, written);
    }
}

using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

/// <summary>Publishing:FloodGuard: a plan with more non-backfill deliveries than the limit is held, not sent, until released.</summary>
public sealed class FloodGuardTests
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);

    [Fact]
    public async Task ProcessAsync_MoreNewDeliveriesThanFloodGuard_HoldsThemAllAndLogsOneErrorWithCountAndFolder()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all"), Channel("other")), new PublishingOptions { FloodGuard = 5 });
        var logger = new FakeLogger<OutboxPlanner>();
        using var planner = new OutboxPlanner(harness.Holder, harness.Catalog, harness.Database.Store, harness.Signal, harness.Time,
            new FixedOptionsMonitor<PublishingOptions>(harness.Options), logger);
        await harness.ScanAsync(Make("old", Earlier));

        harness.Holder.Replace(PostIndex.Build([Make("old", Earlier), .. Looped(3)], harness.Time.GetUtcNow()));
        var written = await planner.ProcessAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Equal(6, harness.Rows.Count);
        Assert.All(harness.Rows, r => Assert.Equal("held", r.Status));
        Assert.All(harness.Rows, r => Assert.Contains("Bot release", r.LastError, StringComparison.Ordinal));
        var state = await harness.Database.Store.LoadStateAsync(CancellationToken.None);
        Assert.Equal(["loop/a0", "loop/a1", "loop/a2", "old"], state.SeenHashes.Keys.Order(StringComparer.Ordinal));
        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("Held 6 deliveries from source/_posts/loop", error.Message, StringComparison.Ordinal);

        Assert.Equal(0, await harness.ScanAsync([Make("old", Earlier), .. Looped(3)]));
        Assert.Equal(6, harness.Rows.Count);
    }

    [Fact]
    public async Task ProcessAsync_DeliveriesUpToFloodGuard_AreQueuedAsUsual()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), new PublishingOptions { FloodGuard = 3 });
        await harness.ScanAsync(Make("old", Earlier));

        var written = await harness.ScanAsync([Make("old", Earlier), .. Looped(3)]);

        Assert.Equal(3, written);
        Assert.All(harness.Rows, r => Assert.Equal("pending", r.Status));
    }

    [Fact]
    public async Task ProcessAsync_NewChannelBackfillOverFloodGuard_IsNotHeld()
    {
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), new PublishingOptions { FloodGuard = 2 });
        await harness.ScanAsync(Looped(5));
        harness.Catalog.Set(Channel("all"), Channel("late", backfill: 4));

        var written = await harness.ScanAsync(Looped(5));

        Assert.Equal(4, written);
        Assert.All(harness.Rows, r => Assert.Equal(("pending", "late"), (r.Status, r.Channel)));
    }

    [Theory]
    [InlineData(false, "pending")]
    [InlineData(true, "skipped")]
    public async Task ReleaseHeldAsync_HeldRows_BecomePendingOrSkippedAndOnlyReleasedOnesAreSent(bool drop, string status)
    {
        var sender = new ScriptedSender(Bot.Core.Channels.ChannelPlatform.Console);
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), new PublishingOptions { FloodGuard = 1 }, senders: sender);
        await harness.ScanAsync(Make("old", Earlier));
        await harness.ScanAsync([Make("old", Earlier), .. Looped(2)]);

        var decided = await harness.Database.Store.ReleaseHeldAsync(drop, harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, decided);
        Assert.All(harness.Rows, r => Assert.Equal((status, null), (r.Status, r.LastError)));
        Assert.Equal(0, await harness.Database.Store.ReleaseHeldAsync(drop, harness.Time.GetUtcNow(), CancellationToken.None));
        var next = await harness.Database.Store.NextPendingAsync("all", CancellationToken.None);
        Assert.Equal(drop ? null : "loop/a1", next?.PostId); // oldest first
    }

    [Fact]
    public void CommonFolder_Sources_IsTheDeepestSharedFolder()
    {
        Assert.Equal("source/_posts/loop", FloodGuard.CommonFolder(["source/_posts/loop/a.md", "source/_posts/loop/_posts/loop/b.md"]));
        Assert.Equal("source/_posts", FloodGuard.CommonFolder(["source/_posts/a.md", "source/_posts/loop/b.md"]));
        Assert.Equal(".", FloodGuard.CommonFolder(["a.md", "b/c.md"]));
    }

    private static Post[] Looped(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Make($"loop/a{i}", Start.AddMinutes(-i)) with { Source = $"source/_posts/loop/_posts/a{i}.md" })];
}

using Bot.Storage;

namespace Bot.Tests.Digests;

public sealed class DigestThresholdTests
{
    private static readonly DateTimeOffset FirstTick = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Publish_MoreThanThresholdInOnePeriod_RestWaitForDigestThenInstantAgain()
    {
        await using var harness = new DigestHarness(DigestHarness.DigestChannel("busy", threshold: 2));
        await harness.BaselineAsync();

        await harness.PublishAsync("p1");
        await harness.PublishAsync("p2", "p3", "p4");
        var beforeTick = harness.Rows.Select(r => r.PostId).ToList();
        var waiting = harness.Store.LoadWaiting("busy");
        harness.Time.SetUtcNow(FirstTick);
        await harness.Scheduler.RunDueAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.PublishAsync("p5");

        Assert.Equal(["p1", "p2"], beforeTick);
        Assert.Equal(["p3", "p4"], waiting.Order(StringComparer.Ordinal));
        var rows = harness.Rows;
        Assert.Equal(4, rows.Count);
        Assert.StartsWith(SqliteDigestStore.DigestRowPrefix, rows[2].PostId, StringComparison.Ordinal);
        Assert.Equal("p5", rows[3].PostId);
    }

    [Fact]
    public async Task Publish_InstantChannelBesideDigestChannel_InstantOneStillAnnouncesEachPost()
    {
        var instant = Bot.Tests.TestSupport.TestChannelCatalog.Channel("instant");
        await using var harness = new DigestHarness(instant, DigestHarness.DigestChannel("daily"));
        await harness.BaselineAsync();

        await harness.PublishAsync("p1", "p2");

        Assert.Equal([("p1", "instant"), ("p2", "instant")], harness.Rows.Select(r => (r.PostId, r.Channel)).Order());
        Assert.Equal(2, harness.Store.LoadWaiting("daily").Count);
    }
}

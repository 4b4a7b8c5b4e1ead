using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Publishing;

namespace Bot.Core.Tests.Digests;

public sealed class DigestRoutingTests
{
    private static readonly ChannelOptions Instant = new() { Name = "instant" };

    [Theory]
    [InlineData(null, 0, 0, 4)] // no threshold: everything waits
    [InlineData(2, 0, 2, 2)] // first two of the period at once, the rest wait
    [InlineData(2, 1, 1, 3)] // one already went out this period
    [InlineData(2, 5, 0, 4)] // the period is past its threshold
    [InlineData(10, 0, 4, 0)] // under the threshold: all at once
    public void Divert_DigestChannel_SplitsByThreshold(int? threshold, int alreadyInPeriod, int expectedInstant, int expectedQueued)
    {
        var digest = new ChannelOptions { Name = "digest", Mode = DeliveryMode.Digest, Schedule = "0 9 * * *", DigestThreshold = threshold };
        var changes = Changes([.. Enumerable.Range(1, 4).Select(i => new PlannedDelivery($"p{i}", "digest", DeliveryKind.Announcement))]);

        var routed = DigestRouting.Divert(changes, [digest], new Dictionary<string, int> { ["digest"] = alreadyInPeriod });

        Assert.Equal(expectedInstant, routed.Deliveries.Count);
        Assert.Equal(expectedQueued, routed.DigestQueued.Count);
        Assert.Equal(["p1", "p2", "p3", "p4"], routed.Deliveries.Concat(routed.DigestQueued).Select(d => d.PostId));
    }

    [Fact]
    public void Divert_InstantChannel_Untouched()
    {
        var changes = Changes([new PlannedDelivery("p1", "instant", DeliveryKind.Announcement)]);

        var routed = DigestRouting.Divert(changes, [Instant], new Dictionary<string, int>());

        Assert.Same(changes, routed);
    }

    [Fact]
    public void Divert_OnlyQueuedPosts_ChangeSetNotEmpty()
    {
        var digest = new ChannelOptions { Name = "digest", Mode = DeliveryMode.Digest, Schedule = "0 9 * * *" };
        var changes = new ChangeSet(false, [], [], [new PlannedDelivery("p1", "digest", DeliveryKind.Announcement)], null);

        var routed = DigestRouting.Divert(changes, [digest, Instant], new Dictionary<string, int>());

        Assert.Empty(routed.Deliveries);
        Assert.False(routed.IsEmpty);
    }

    private static ChangeSet Changes(IReadOnlyList<PlannedDelivery> deliveries) =>
        new(false, [.. deliveries.Select(d => new SeenPost(d.PostId, "h", true))], [], deliveries, null);
}

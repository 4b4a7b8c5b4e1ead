using Bot.Core.Publishing;
using Bot.Delivery.LiveLink;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary>What never waits for a link: digests, sends already begun, posts announced before, and the switch turned off.</summary>
public sealed class LiveLinkGateTests
{
    [Theory]
    [InlineData(DeliveryKind.Digest, 0, 0, null)]
    [InlineData(DeliveryKind.Announcement, 1, 0, null)]
    [InlineData(DeliveryKind.Announcement, 0, 1, null)]
    [InlineData(DeliveryKind.Announcement, 0, 0, false)]
    public async Task NotBeforeAsync_RowThatMustNotWait_SentNowWithoutAsking(DeliveryKind kind, int partsSent, int unconfirmedSends, bool? wait)
    {
        await using var site = await FakeBlogSite.StartAsync();
        using var database = new TestDatabase(TimeProvider.System);
        using var probe = new LiveLinkProbe();
        var gate = Gate(database, probe, wait);
        var entry = new OutboxEntry(1, "b", "one", kind, 0, Start) { PartsSent = partsSent, UnconfirmedSends = unconfirmedSends };

        var notBefore = await gate.NotBeforeAsync(entry, Make("b", Start) with { Link = site.Link("/b/") }, CancellationToken.None);

        Assert.Null(notBefore);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task NotBeforeAsync_PostAnnouncedBeforeQueuedAgain_SentNowAndItsLinkChangeIsAskedAgain()
    {
        await using var site = await FakeBlogSite.StartAsync();
        using var database = new TestDatabase(TimeProvider.System);
        await database.Store.EnqueueAsync("b", ["one", "two"], DeliveryKind.Announcement, Start, CancellationToken.None);
        var first = (await database.Store.NextPendingAsync("one", CancellationToken.None))!;
        await database.Store.MarkSentAsync(first.Id, "m1", Start, CancellationToken.None);
        using var probe = new LiveLinkProbe();
        var gate = Gate(database, probe, null);
        var entry = (await database.Store.NextPendingAsync("two", CancellationToken.None))!;

        var resent = await gate.NotBeforeAsync(entry, Make("b", Start) with { Link = site.Link("/b/") }, CancellationToken.None);
        var moved = await gate.NotBeforeAsync(entry, Make("b", Start) with { Link = site.Link("/b-renamed/") }, CancellationToken.None);

        Assert.Null(resent);
        Assert.Equal(Start.AddMinutes(1).AddSeconds(5), moved);
        Assert.Equal(["/b-renamed/"], site.Requests.Select(r => r.Path));
    }

    private static LiveLinkGate Gate(TestDatabase database, LiveLinkProbe probe, bool? wait) => new(
        new LinkCheckStore(database.Database),
        probe,
        new FakeTimeProvider(Start.AddMinutes(1)),
        new FixedOptionsMonitor<PublishingOptions>(new PublishingOptions { WaitForLiveLink = wait }),
        NullLogger<LiveLinkGate>.Instance);
}

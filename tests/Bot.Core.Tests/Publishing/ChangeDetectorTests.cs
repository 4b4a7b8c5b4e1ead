using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Core.Tests.Publishing;

public sealed class ChangeDetectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private static Post Make(string id, int daysAgo, string hash = "h", params string[] categories) => new()
    {
        Id = id,
        Source = $"{id}.md",
        Title = id,
        Date = Now.AddDays(-daysAgo),
        Categories = categories,
        Link = $"https://b.example/{id}/",
        Summary = "",
        ContentHash = hash,
    };

    private static PublishingState Seen(params (string Id, string Hash)[] posts) => new(
        true,
        posts.ToDictionary(p => p.Id, p => p.Hash, StringComparer.Ordinal),
        new HashSet<string>(["all"], StringComparer.Ordinal));

    private static readonly ChannelOptions All = new() { Name = "all" };

    [Fact]
    public void Detect_NotBaselined_RecordsPublishedUnannouncedAndPlansOnlyBackfill()
    {
        var backfill = new ChannelOptions { Name = "bf", Backfill = 1 };
        var index = PostIndex.Build([Make("a", 3), Make("b", 2), Make("draft", 1) with { IsDraft = true }], Now);

        var changes = ChangeDetector.Detect(index, Now, PublishingState.Empty, [All, backfill], announceUpdates: false);

        Assert.True(changes.Baseline);
        Assert.Equal(["a", "b"], changes.Seen.Select(s => s.PostId).Order());
        Assert.All(changes.Seen, s => Assert.False(s.Announced));
        Assert.Equal([new PlannedDelivery("b", "bf", DeliveryKind.Announcement)], changes.Deliveries);
        Assert.Equal(["all", "bf"], changes.NewChannels);
    }

    [Fact]
    public void Detect_NothingNew_IsEmpty()
    {
        var index = PostIndex.Build([Make("a", 3)], Now);

        var changes = ChangeDetector.Detect(index, Now, Seen(("a", "h")), [All], announceUpdates: true);

        Assert.True(changes.IsEmpty);
        Assert.Null(changes.NextDue);
    }

    [Fact]
    public void Detect_SeveralNewPosts_PlansOldestFirst()
    {
        var index = PostIndex.Build([Make("newest", 0), Make("older", 2), Make("middle", 1)], Now);

        var changes = ChangeDetector.Detect(index, Now, Seen(), [All], announceUpdates: false);

        Assert.Equal(["older", "middle", "newest"], changes.Deliveries.Select(d => d.PostId));
    }

    [Fact]
    public void Detect_ScheduledPosts_NotSeenAndEarliestDateIsNextDue()
    {
        var index = PostIndex.Build([Make("later", -2), Make("soon", -1)], Now);

        var changes = ChangeDetector.Detect(index, Now, Seen(), [All], announceUpdates: false);

        Assert.Empty(changes.Seen);
        Assert.Equal(Now.AddDays(1), changes.NextDue);
    }

    [Fact]
    public void Detect_DisabledChannel_NeitherStartedNorSent()
    {
        var disabled = new ChannelOptions { Name = "off", Enabled = false };
        var index = PostIndex.Build([Make("a", 0)], Now);

        var changes = ChangeDetector.Detect(index, Now, Seen(), [All, disabled], announceUpdates: false);

        Assert.Empty(changes.NewChannels);
        Assert.Equal(["all"], changes.Deliveries.Select(d => d.Channel));
    }

    [Fact]
    public void Detect_NewChannelWithBackfillAndNewPost_PlansEachPostOnce()
    {
        var fresh = new ChannelOptions { Name = "fresh", Backfill = 2 };
        var index = PostIndex.Build([Make("old", 5), Make("new", 0)], Now);

        var changes = ChangeDetector.Detect(index, Now, Seen(("old", "h")), [All, fresh], announceUpdates: false);

        Assert.Equal(
            [("old", "fresh"), ("new", "all"), ("new", "fresh")],
            changes.Deliveries.Select(d => (d.PostId, d.Channel)).OrderBy(d => d.PostId == "new").ThenBy(d => d.Channel));
    }
}

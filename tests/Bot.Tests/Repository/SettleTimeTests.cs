using System.Collections.Concurrent;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Tests.Support;

namespace Bot.Tests.Repository;

/// <summary>Repository:SettleTime with fake time: a post is published only once its file has been unchanged that long.</summary>
public sealed class SettleTimeTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Watcher_BodyWrittenOneSecondAfterFrontMatter_PublishedWholeTwoSecondsAfterTheLastWrite()
    {
        await using var harness = new WatcherHarness(
            postFolder: "source/_posts",
            scanner: (location, time) => new PostRepositoryScanner(location.RootPath, new RepositoryOptions(), new SummaryOptions(), time),
            settleTime: 2 * Second);
        harness.Repository.Write("_config.yml", "url: https://blog.example\n");
        harness.Repository.Write("source/_posts/old.md", "---\ntitle: Old\ndate: 2026-01-01\n---\nOld post.\n");
        var published = new ConcurrentQueue<PostIndex>();
        harness.Holder.Replaced += published.Enqueue;
        Assert.Single((await harness.StartAsync()).Published);
        var t0 = harness.Time.GetUtcNow();

        var path = harness.Repository.Write("source/_posts/pieces.md", "---\ntitle: Pieces\ndate: 2026-01-02\nabbrlink: pieces\n---\nFirst part.\n");
        File.SetLastWriteTimeUtc(path, t0.UtcDateTime);
        await harness.FileEventAsync(path);
        harness.Time.Advance(Second);
        await IndexBuiltAtOrAfterAsync(harness, t0 + Second);

        File.AppendAllText(path, "\nSecond part.\n");
        File.SetLastWriteTimeUtc(path, (t0 + Second).UtcDateTime);
        await harness.FileEventAsync(path);
        harness.Time.Advance(Second);
        await IndexBuiltAtOrAfterAsync(harness, t0 + (2 * Second));
        harness.Time.Advance(Second);
        var settled = await IndexBuiltAtOrAfterAsync(harness, t0 + (3 * Second), index => index.Find("source/_posts/pieces.md") is not null);

        var first = published.First(index => index.Find("source/_posts/pieces.md") is not null);
        Assert.Same(settled, first);
        Assert.Equal(t0 + (3 * Second), first.BuiltAt);
        Assert.Equal("First part. Second part.", first.Find("source/_posts/pieces.md")!.Summary);
        Assert.Contains(published, index => index.BuiltAt >= t0 + Second && index.BuiltAt < t0 + (3 * Second));
    }

    [Fact]
    public async Task Watcher_SettleTimeZero_PublishesAtTheFirstScan()
    {
        await using var harness = new WatcherHarness(
            postFolder: "source/_posts",
            scanner: (location, time) => new PostRepositoryScanner(location.RootPath, new RepositoryOptions(), new SummaryOptions(), time),
            settleTime: TimeSpan.Zero);
        harness.Repository.Write("_config.yml", "url: https://blog.example\n");
        harness.Repository.Write("source/_posts/old.md", "---\ntitle: Old\ndate: 2026-01-01\n---\nOld post.\n");
        await harness.StartAsync();
        var t0 = harness.Time.GetUtcNow();

        var path = harness.Repository.Write("source/_posts/pieces.md", "---\ntitle: Pieces\ndate: 2026-01-02\nabbrlink: pieces\n---\nFirst part.\n");
        File.SetLastWriteTimeUtc(path, t0.UtcDateTime);
        await harness.FileEventAsync(path);
        harness.Time.Advance(Second);

        Assert.NotNull((await IndexBuiltAtOrAfterAsync(harness, t0 + Second, index => index.Find("source/_posts/pieces.md") is not null)).Find("source/_posts/pieces.md"));
    }

    private static async Task<PostIndex> IndexBuiltAtOrAfterAsync(WatcherHarness harness, DateTimeOffset moment, Func<PostIndex, bool>? match = null)
    {
        while (true)
        {
            var index = await harness.NextIndexAsync();
            if (index.BuiltAt >= moment && (match is null || match(index)))
            {
                return index;
            }
        }
    }
}

/// <summary><see cref="Bot.Repository.SettleGate"/> on its own: real files with chosen write times, time given by the test.</summary>
public sealed class SettleGateTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 11, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly TempFolder root = new();
    private readonly Bot.Repository.SettleGate gate = new(Settle);

    public SettleGateTests() => gate.Filter(root.Path, [], [], T0 - TimeSpan.FromMinutes(1));

    public void Dispose() => root.Dispose();

    [Fact]
    public void Filter_FilesWrittenTogether_AreReleasedTogetherWhenTheLastHasSettled()
    {
        Post[] posts = [Written("a", T0, "h1"), Written("b", T0.AddMilliseconds(400), "h1")];

        Assert.Empty(gate.Filter(root.Path, posts, [], T0.AddMilliseconds(500)));
        Assert.Equal(T0.AddMilliseconds(2400), gate.NextSettle);
        Assert.Empty(gate.Filter(root.Path, posts, [], T0.AddMilliseconds(2100)));
        Assert.Equal(["a", "b"], gate.Filter(root.Path, posts, [], T0.AddMilliseconds(2400)).Select(p => p.Id));
        Assert.Null(gate.NextSettle);
    }

    [Fact]
    public void Filter_ChangedPostStillBeingWritten_KeepsThePreviousVersion()
    {
        var published = Written("a", T0.AddMinutes(-5), "old");
        var editing = Written("a", T0, "new");

        Assert.Same(published, Assert.Single(gate.Filter(root.Path, [editing], [published], T0.AddSeconds(1))));
        Assert.Same(editing, Assert.Single(gate.Filter(root.Path, [editing], [published], T0.AddSeconds(2))));
    }

    [Fact]
    public void Filter_AnotherFileEditedOnAndOn_HoldsASettledPostAtMostFiveSettleTimesMore()
    {
        var settled = Written("a", T0, "h1");
        for (var second = 1; second < 12; second++)
        {
            var now = T0.AddSeconds(second);
            var busy = Written("busy", now, $"h{second}");
            Assert.DoesNotContain(gate.Filter(root.Path, [settled, busy], [], now), p => p.Id == "a");
        }

        var end = T0.AddSeconds(12);
        Assert.Equal(["a"], gate.Filter(root.Path, [settled, Written("busy", end, "h12")], [], end).Select(p => p.Id));
    }

    private Post Written(string id, DateTimeOffset at, string hash)
    {
        var path = root.Write($"{id}.md", hash);
        File.SetLastWriteTimeUtc(path, at.UtcDateTime);
        return Bot.Tests.TestSupport.TestPosts.Make(id, T0.AddDays(-1), hash) with { Source = $"{id}.md" };
    }
}

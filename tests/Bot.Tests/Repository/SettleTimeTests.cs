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
        var settled = await IndexBuiltAtOrAfterAsync(harness, t0 + (3 * Second), index => index.Find("pieces") is not null);

        var first = published.First(index => index.Find("pieces") is not null);
        Assert.Same(settled, first);
        Assert.Equal(t0 + (3 * Second), first.BuiltAt);
        Assert.Equal("First part. Second part.", first.Find("pieces")!.Summary);
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

        Assert.NotNull((await IndexBuiltAtOrAfterAsync(harness, t0 + Second, index => index.Find("pieces") is not null)).Find("pieces"));
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

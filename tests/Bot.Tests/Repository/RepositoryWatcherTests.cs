using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Repository;

public sealed class RepositoryWatcherTests
{
    [Fact]
    public async Task StartAsync_ExistingPosts_PublishesIndexAndRecordsHealth()
    {
        await using var harness = new WatcherHarness();
        harness.Repository.Write("posts/一个最简单的DDP例子.md", "2026-01-10T09:00:00+08:00");
        harness.Repository.Write("posts/nlp/ngram.md", "2026-01-11T09:00:00+08:00");

        var index = await harness.StartAsync();
        var health = await harness.Health.WaitForAsync(h => h.LastScan is not null);

        Assert.Equal(["posts/nlp/ngram.md", "posts/一个最简单的DDP例子.md"], index.Published.Select(p => p.Id));
        Assert.Equal(harness.Time.GetUtcNow(), index.BuiltAt);
        Assert.Equal(new RepositoryHealth(harness.Time.GetUtcNow(), 2, 0, null, null), health);
    }

    [Fact]
    public async Task FileEvents_BurstOf500Files_TriggerOneRescan()
    {
        await using var harness = new WatcherHarness();
        harness.Repository.Write("posts/first.md", "");
        await harness.StartAsync();

        for (var i = 0; i < 500; i++)
        {
            harness.Repository.Write($"posts/burst/{i:D3}.md", "");
        }

        var marker = harness.Repository.Write("posts/zz-marker.md", "");
        await harness.FileEventAsync(marker);
        Assert.Equal(1, harness.Scanner.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var index = await harness.NextIndexAsync();

        Assert.Equal(2, harness.Scanner.Count);
        Assert.Equal(502, index.Published.Count);
    }

    [Fact]
    public async Task FileEvents_BurstOf500HexoPostsWithTheRealScanner_OneRescanFindsThemAll()
    {
        await using var harness = new WatcherHarness(scanner: (location, time) =>
            new PostRepositoryScanner(location.RootPath, new RepositoryOptions { Layout = RepositoryLayout.Hexo }, new SummaryOptions(), time));
        harness.Repository.CopyFixtureFolder("Blogs/hexo", ".");
        Assert.Single((await harness.StartAsync()).Published);

        for (var i = 0; i < 500; i++)
        {
            harness.Repository.Write($"source/_posts/burst-{i:D3}.md", $"---\ntitle: 第{i}篇\ndate: 2026-01-10 08:00:00\ncategories: [深度学习, NLP]\n---\n正文 {i}\n");
        }

        var marker = harness.Repository.Write("source/_posts/zz-marker.md", "---\ntitle: marker\ndate: 2026-01-10 09:00:00\n---\n");
        await harness.FileEventAsync(marker);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var index = await harness.NextIndexAsync();

        Assert.Equal(2, harness.Scanner.Count);
        Assert.Equal(502, index.Published.Count);
        Assert.Equal(500, index.InCategory("nlp").Count);
    }

    [Fact]
    public async Task FileEvents_BeforeTheDebounceWindowCloses_DoNotScan()
    {
        await using var harness = new WatcherHarness();
        Directory.CreateDirectory(harness.Repository.Combine("posts"));
        await harness.StartAsync();

        // A move into the folder is a single file event, so the window is not extended by a trailing one.
        var outside = harness.Data.Write("draft.md", "");
        var file = harness.Repository.Combine("posts", "draft.md");
        File.Move(outside, file);
        await harness.FileEventAsync(file);
        harness.Time.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(1, harness.Scanner.Count);
        harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        var index = await harness.NextIndexAsync();

        Assert.Equal(2, harness.Scanner.Count);
        Assert.Single(index.Published);
    }

    [Fact]
    public async Task FileEvents_PostFolderCreatedAfterStart_AreWatched()
    {
        await using var harness = new WatcherHarness(postFolder: "source/_posts");
        var initial = await harness.StartAsync();
        Assert.Empty(initial.All);

        var source = harness.Repository.Combine("source");
        Directory.CreateDirectory(harness.Repository.Combine("source", "_posts"));
        await harness.FileEventAsync(path => path.StartsWith(source, StringComparison.Ordinal));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty((await harness.NextIndexAsync()).All);
        var post = harness.Repository.Write("source/_posts/取代RNN.md", "");
        await harness.FileEventAsync(post);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var index = await harness.NextIndexAsync();

        Assert.Equal("source/_posts/取代RNN.md", Assert.Single(index.Published).Id);
    }

    [Fact]
    public async Task FileEvents_SiteConfigEdited_TriggerRescan()
    {
        await using var harness = new WatcherHarness();
        harness.Repository.Write("_config.yml", "title: blog");
        await harness.StartAsync();

        var config = harness.Repository.Write("_config.yml", "title: 博客");
        await harness.FileEventAsync(config);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextIndexAsync();

        Assert.Equal(2, harness.Scanner.Count);
    }

    [Fact]
    public async Task ExecuteAsync_RescanInterval_RescansWithoutFileEvents()
    {
        await using var harness = new WatcherHarness(new RepositoryOptions { RescanInterval = TimeSpan.FromMinutes(1) });
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, harness.Scanner.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextIndexAsync();

        Assert.Equal(2, harness.Scanner.Count);
    }

    [Fact]
    public async Task ExecuteAsync_RepositoryUnavailable_KeepsLastGoodIndexAndRecordsError()
    {
        await using var harness = new WatcherHarness();
        harness.Repository.Write("posts/a.md", "");
        var good = await harness.StartAsync();

        harness.Scanner.FailWith = "The repository folder is not readable.";
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var failed = await harness.Health.WaitForAsync(h => h.LastError is not null);
        Assert.Same(good, harness.Holder.Current);
        Assert.Equal("The repository folder is not readable.", failed.LastError);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("last good index keeps serving", StringComparison.Ordinal));

        harness.Scanner.FailWith = null;
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.NextIndexAsync();
        Assert.Null((await harness.Health.WaitForAsync(h => h.LastError is null)).LastError);
    }

    [Fact]
    public async Task ExecuteAsync_SameWarningOnEveryRescan_IsLoggedOnce()
    {
        await using var harness = new WatcherHarness();
        harness.Repository.Write("posts/bad.broken.md", "");
        await harness.StartAsync();

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.NextIndexAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.NextIndexAsync();

        Assert.Equal(3, harness.Scanner.Count);
        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("posts/bad.broken.md", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ScheduledPostsTimeComes_IndexRebuiltWithoutRescan()
    {
        await using var harness = new WatcherHarness(new RepositoryOptions { RescanInterval = TimeSpan.FromHours(1) });
        var due = harness.Time.GetUtcNow().AddMinutes(10);
        harness.Repository.Write("posts/scheduled.md", due.ToString("O"));
        var before = await harness.StartAsync();
        Assert.Equal(PostStatus.Scheduled, Assert.Single(before.All).StatusAt(before.BuiltAt));
        Assert.Empty(before.Published);

        harness.Time.Advance(TimeSpan.FromMinutes(10));
        var after = await harness.NextIndexAsync();

        Assert.Equal("posts/scheduled.md", Assert.Single(after.Published).Id);
        Assert.Equal(1, harness.Scanner.Count);
    }
}

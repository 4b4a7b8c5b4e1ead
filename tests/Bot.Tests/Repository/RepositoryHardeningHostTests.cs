using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Repository;

/// <summary>The running service on a temp Hexo blog: links out of the repository and files written in pieces.</summary>
public sealed class RepositoryHardeningHostTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestBlog blog;
    private readonly string settings;
    private readonly string databaseFile;

    public RepositoryHardeningHostTests()
    {
        blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate);
        databaseFile = folder.Combine("data", "bot.db");
        settings = HostSettings.Write(folder.Combine("admin", "settings.json"), blog.Root, databaseFile, [("all", ["*"])]);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Host_LinksToPasswdAndToParentFolderAdded_OnlyTheRealNewPostIsAnnounced()
    {
        var secret = Path.Combine(folder.Combine("outside"), "passwd.md");
        Directory.CreateDirectory(Path.GetDirectoryName(secret)!);
        File.WriteAllText(secret, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        await using var bot = await RunningBot.StartAsync(settings);

        File.CreateSymbolicLink(Path.Combine(blog.PostsFolder, "passwd.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(blog.PostsFolder, "loop"), "..");
        blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1));
        var attempt = Assert.Single(await bot.AttemptsAsync(1));

        Assert.Equal(TestBlog.IdOf("fresh"), attempt.PostId);
        Assert.Equal([TestBlog.IdOf("fresh")], OutboxRows.Read(databaseFile).Select(r => r.PostId));
        var warnings = bot.Logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Single(warnings, w => w.Contains("source/_posts/passwd.md", StringComparison.Ordinal) && w.Contains("outside the repository", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Contains("source/_posts/loop", StringComparison.Ordinal) && w.Contains("loop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_PostBodyArrivesAfterItsFrontMatter_AnnouncedOnceWholeWithTheBody()
    {
        await using var bot = await RunningBot.StartAsync(settings);
        var path = Path.Combine(blog.PostsFolder, "pieces.md");

        File.WriteAllText(path, "---\ntitle: 分两次写入\ndate: 2026-01-05 10:00:00\nabbrlink: pieces\n---\n第一段先到。\n");
        var passOverFrontMatter = await bot.NextPassAsync();
        File.AppendAllText(path, "\n第二段随后才到。\n");
        var attempt = Assert.Single(await bot.AttemptsAsync(1));

        Assert.Equal(0, passOverFrontMatter);
        Assert.Equal(TestBlog.IdOf("pieces"), attempt.PostId);
        var summary = Assert.Single(bot.Sender.Requests).Posts[0].Summary;
        Assert.Contains("第一段先到。", summary, StringComparison.Ordinal);
        Assert.Contains("第二段随后才到。", summary, StringComparison.Ordinal);
        Assert.Single(OutboxRows.Read(databaseFile));
    }
}

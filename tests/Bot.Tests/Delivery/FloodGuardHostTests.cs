using System.Text.Json.Nodes;
using Bot.Cli;
using Bot.Hosting;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Delivery;

/// <summary>
/// The running service meets an archive of 60 posts appearing at once: Publishing:FloodGuard (default 50) holds them,
/// <c>status</c> shows them held, and <c>Bot release</c> run beside the service sends them (or <c>--drop</c> skips them).
/// </summary>
public sealed class FloodGuardHostTests : IDisposable
{
    private const int ArchiveSize = 60;
    private readonly TempFolder folder = new();
    private readonly TestBlog blog;
    private readonly string settings;
    private readonly string databaseFile;

    public FloodGuardHostTests()
    {
        blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("old", TestBlog.FirstDate);
        databaseFile = folder.Combine("data", "bot.db");
        settings = HostSettings.Write(folder.Combine("admin", "settings.json"), blog.Root, databaseFile, [("all", ["*"])]);
        var json = JsonNode.Parse(File.ReadAllText(settings))!;
        json["Publishing"] = new JsonObject { ["IdlePollInterval"] = "00:00:00.100" };
        File.WriteAllText(settings, json.ToJsonString());
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Host_ArchiveOverFloodGuardAppears_HeldUntilReleaseThenSentOnce()
    {
        await using var bot = await RunningBot.StartAsync(settings);

        await MoveArchiveInAsync(bot);

        Assert.Empty(bot.Sender.Requests);
        var error = Assert.Single(bot.Logs.Collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains($"Held {ArchiveSize} deliveries from source/_posts/archive", error.Message, StringComparison.Ordinal);
        Assert.Contains($"held {ArchiveSize}", await VerbAsync(StatusVerb.RunAsync), StringComparison.Ordinal);

        var released = await VerbAsync((services, output, ct) => ReleaseVerb.RunAsync(services, drop: false, output, ct));
        var attempts = await bot.AttemptsAsync(ArchiveSize);

        Assert.Contains($"Released {ArchiveSize} held deliveries", released, StringComparison.Ordinal);
        Assert.Equal(ArchiveSize, attempts.Select(a => a.PostId).Distinct().Count());
        Assert.All(OutboxRows.Read(databaseFile), r => Assert.Equal("sent", r.Status));
        Assert.DoesNotContain("held", await VerbAsync(StatusVerb.RunAsync), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_HeldArchiveDropped_NeverSentAndLaterPostsStillAre()
    {
        await using var bot = await RunningBot.StartAsync(settings);
        await MoveArchiveInAsync(bot);

        var dropped = await VerbAsync((services, output, ct) => ReleaseVerb.RunAsync(services, drop: true, output, ct));
        blog.WritePost("after", TestBlog.FirstDate.AddDays(3));
        var attempt = Assert.Single(await bot.AttemptsAsync(1));

        Assert.Contains($"Dropped {ArchiveSize} held deliveries", dropped, StringComparison.Ordinal);
        Assert.Equal(TestBlog.IdOf("after"), attempt.PostId);
        Assert.Equal(TestBlog.IdOf("after"), Assert.Single(bot.Sender.Requests).Posts[0].Id);
        var rows = OutboxRows.Read(databaseFile);
        Assert.Equal(ArchiveSize, rows.Count(r => r.Status == "skipped"));
    }

    /// <summary>Writes the archive beside the blog and moves it into the posts folder in one rename: one scan sees it all.</summary>
    private async Task MoveArchiveInAsync(RunningBot bot)
    {
        var staging = folder.Combine("staging");
        var stagingBlog = new TestBlog(staging);
        for (var i = 0; i < ArchiveSize; i++)
        {
            stagingBlog.WritePost($"archived-{i:00}", TestBlog.FirstDate.AddHours(i + 1));
        }

        Directory.Move(stagingBlog.PostsFolder, Path.Combine(blog.PostsFolder, "archive"));
        await bot.PassesUntilAsync(() => OutboxRows.Read(databaseFile).Count(r => r.Status == "held") == ArchiveSize);
    }

    private async Task<string> VerbAsync(Func<IServiceProvider, TextWriter, CancellationToken, Task<int>> verb)
    {
        using var host = BotHost.Create([settings]);
        using var output = new StringWriter();
        Assert.Equal(0, await verb(host.Services, output, CancellationToken.None));
        return output.ToString();
    }
}

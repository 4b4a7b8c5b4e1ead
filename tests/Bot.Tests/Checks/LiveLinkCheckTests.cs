using Bot.Checks;
using Bot.Core.Publishing;
using Bot.Delivery.LiveLink;
using Bot.Repository;
using Bot.Tests.Delivery.LiveLink;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Checks;

public sealed class LiveLinkCheckTests
{
    [Fact]
    public async Task RunAsync_NewestPostsLinkLive_OnePassLineWithTheStatus()
    {
        await using var site = await FakeBlogSite.StartAsync();
        site.Answer("/new/", 200);

        var lines = await RunAsync(null, Make("old", Start.AddDays(-1)) with { Link = site.Link("/old/") }, Make("new", Start) with { Link = site.Link("/new/") });

        var line = Assert.Single(lines);
        Assert.Equal((Verdict.Pass, "Live link", $"newest post's link {site.Link("/new/")} answers 200"), (line.Verdict, line.Subject, line.Message));
        Assert.Equal(["/new/"], site.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task RunAsync_NewestPostsLink404_OneWarningThatSaysAnnouncementsWait()
    {
        await using var site = await FakeBlogSite.StartAsync();

        var lines = await RunAsync(null, Make("new", Start) with { Link = site.Link("/new/") });

        var line = Assert.Single(lines);
        Assert.Equal(Verdict.Warn, line.Verdict);
        Assert.StartsWith($"newest post's link {site.Link("/new/")}: answered 404; new posts wait for their link", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExampleHost_NotAskedUnlessTheWaitIsSwitchedOn()
    {
        var post = Make("new", Start) with { Link = "https://blog.example.com/new/" };

        Assert.Empty(await RunAsync(null, post));
        Assert.Empty(await RunAsync(false, post));
    }

    private static async Task<IReadOnlyList<CheckLine>> RunAsync(bool? wait, params Core.Posts.Post[] posts)
    {
        using var folder = new TempFolder();
        using var probe = new LiveLinkProbe();
        var check = new LiveLinkCheck(
            new RepositoryLocation(folder.Path, null, folder.Combine("bot.db")),
            new ListPostScanner(posts),
            probe,
            Options.Create(new PublishingOptions { WaitForLiveLink = wait }),
            new FakeTimeProvider(Start.AddHours(1)));
        return await check.RunAsync(CancellationToken.None);
    }
}

using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Tests.Support;

namespace Bot.Tests.Repository;

public sealed class RepositoryWatcherGitTests
{
    [Fact]
    public async Task ExecuteAsync_RemoteSet_ClonesScansAndPullsNewPosts()
    {
        using var source = new GitSourceRepository();
        source.Commit("first", ("posts/ddp.md", "2026-01-10T09:00:00+08:00"));
        await using var harness = new WatcherHarness(new RepositoryOptions { Remote = source.Url, PullInterval = TimeSpan.FromMinutes(1) });

        var first = await harness.StartAsync();
        Assert.Equal("posts/ddp.md", Assert.Single(first.Published).Id);
        Assert.Equal(harness.Time.GetUtcNow(), (await harness.Health.WaitForAsync(h => h.LastScan is not null)).LastPull);

        source.Commit("second", ("posts/transformer.md", "2026-01-11T09:00:00+08:00"));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await NextIndexWithAsync(harness, 2);

        Assert.Equal(["posts/transformer.md", "posts/ddp.md"], second.Published.Select(p => p.Id));
    }

    [Fact]
    public async Task ExecuteAsync_PullFailsLater_LastGoodPostsKeepServingAndErrorIsRecorded()
    {
        using var source = new GitSourceRepository();
        source.Commit("first", ("posts/ddp.md", ""));
        await using var harness = new WatcherHarness(new RepositoryOptions { Remote = source.Url });
        await harness.StartAsync();

        Directory.Move(source.Path, source.Path + "-gone");
        try
        {
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            var health = await harness.Health.WaitForAsync(h => h.LastError is not null);

            Assert.StartsWith("git fetch failed", health.LastError, StringComparison.Ordinal);
            Assert.Equal("posts/ddp.md", Assert.Single(harness.Holder.Current.Published).Id);
        }
        finally
        {
            Directory.Move(source.Path + "-gone", source.Path);
        }
    }

    [Fact]
    public async Task ExecuteAsync_CredentialsRejected_HealthAndLogsNameTheErrorButNotTheToken()
    {
        await using var server = await UnauthorizedGitServer.StartAsync();
        var remote = server.BaseUrl.Replace("http://", "http://blogbot:glpat-Revoked42@", StringComparison.Ordinal) + "/me/blog.git";
        await using var harness = new WatcherHarness(new RepositoryOptions { Remote = remote });

        await harness.Watcher.StartAsync(CancellationToken.None);
        var health = await harness.Health.WaitForAsync(h => h.LastError?.Contains("Authentication failed", StringComparison.Ordinal) == true);

        Assert.DoesNotContain("Revoked42", health.LastError, StringComparison.Ordinal);
        Assert.Contains("http://***@127.0.0.1", harness.Logs.GetSnapshot().Select(r => r.Message).First(m => m.Contains("Cloning", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains("Revoked42", StringComparison.Ordinal));
        Assert.Same(PostIndex.Empty, harness.Holder.Current);
    }

    private static async Task<PostIndex> NextIndexWithAsync(WatcherHarness harness, int published)
    {
        while (true)
        {
            var index = await harness.NextIndexAsync();
            if (index.Published.Count == published)
            {
                return index;
            }
        }
    }
}

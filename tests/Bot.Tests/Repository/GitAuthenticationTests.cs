using Bot.Core.Repository;
using Bot.Repository;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Repository;

public sealed class GitAuthenticationTests
{
    [Fact]
    public async Task SyncAsync_TokenRejectedByTheServer_FailsFastWithoutPromptOrToken()
    {
        await using var server = await UnauthorizedGitServer.StartAsync();
        using var data = new TempFolder();
        var remote = server.BaseUrl.Replace("http://", "http://blogbot:glpat-Revoked42@", StringComparison.Ordinal) + "/me/blog.git";
        var logs = new FakeLogCollector();
        var location = new RepositoryLocation(data.Combine("unused"), remote, data.Combine("bot.db"));
        var sync = new GitRepositorySync(
            location, Options.Create(new RepositoryOptions { Remote = remote }), new GitCommandRunner("git", new FakeTimeProvider()),
            new FakeLogger<GitRepositorySync>(logs));

        var error = await Assert.ThrowsAsync<RepositorySyncException>(() => sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("Authentication failed", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(server.AuthorizationHeaders);
        Assert.DoesNotContain("Revoked42", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("Revoked42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_CredentialWithRawAt_ClonesAndFetchesWithoutStoringIt()
    {
        using var source = new GitSourceRepository();
        using var data = new TempFolder();
        source.Commit("first", ("source/_posts/a.md", "# A"));
        var bare = data.Combine("served.git");
        source.Git("clone", "--quiet", "--bare", source.Path, bare);
        source.Git("--git-dir", bare, "update-server-info");
        await using var server = await DumbHttpGitServer.StartAsync(bare, "blogbot", "p@ss:w0rd");
        var remote = server.Url.Replace("http://", "http://blogbot:p@ss:w0rd@", StringComparison.Ordinal);
        var logs = new FakeLogCollector();
        var sync = CreateSync(remote, data, logs);

        await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("# A", await File.ReadAllTextAsync(data.Combine("repo", "source", "_posts", "a.md")));
        var config = await File.ReadAllTextAsync(data.Combine("repo", ".git", "config"));
        Assert.Contains("url = " + server.Url, config, StringComparison.Ordinal);
        Assert.DoesNotContain("w0rd", config, StringComparison.Ordinal);
        Assert.DoesNotContain("p@ss", config, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("w0rd", StringComparison.Ordinal) || r.Message.Contains("p@ss", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_OldCloneWithCredentialInItsRemote_RemovesIt()
    {
        using var source = new GitSourceRepository();
        using var data = new TempFolder();
        source.Commit("first", ("source/_posts/a.md", "# A"));
        var bare = data.Combine("served.git");
        source.Git("clone", "--quiet", "--bare", source.Path, bare);
        source.Git("--git-dir", bare, "update-server-info");
        await using var server = await DumbHttpGitServer.StartAsync(bare, "blogbot", "glpat-Old42");
        var remote = server.Url.Replace("http://", "http://blogbot:glpat-Old42@", StringComparison.Ordinal);
        source.Git("clone", "--quiet", source.Path, data.Combine("repo"));
        source.Git("-C", data.Combine("repo"), "remote", "set-url", "origin", remote);
        source.Git("-C", data.Combine("repo"), "checkout", "--quiet", "-B", "main");

        await CreateSync(remote, data, new FakeLogCollector()).SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("glpat-Old42", await File.ReadAllTextAsync(data.Combine("repo", ".git", "config")), StringComparison.Ordinal);
        Assert.Contains(server.AuthorizationHeaders, h => h.StartsWith("Basic ", StringComparison.Ordinal));
    }

    private static GitRepositorySync CreateSync(string remote, TempFolder data, FakeLogCollector logs) => new(
        new RepositoryLocation(data.Combine("unused"), remote, data.Combine("bot.db")),
        Options.Create(new RepositoryOptions { Remote = remote, Branch = "main" }),
        new GitCommandRunner("git", new FakeTimeProvider()),
        new FakeLogger<GitRepositorySync>(logs));
}

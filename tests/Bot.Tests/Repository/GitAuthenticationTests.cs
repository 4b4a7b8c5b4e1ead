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
}

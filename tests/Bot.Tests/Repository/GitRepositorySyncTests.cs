using Bot.Core.Repository;
using Bot.Repository;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Repository;

public sealed class GitRepositorySyncTests : IDisposable
{
    private readonly GitSourceRepository source = new();
    private readonly TempFolder data = new();
    private readonly FakeLogCollector logs = new();

    public void Dispose()
    {
        source.Dispose();
        data.Dispose();
    }

    [Fact]
    public async Task SyncAsync_FirstStart_ClonesIntoTheDataFolder()
    {
        var commit = source.Commit("first post", ("source/_posts/ddp.md", "# DDP"));
        var sync = CreateSync(source.Url);

        var checkedOut = await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(commit, checkedOut);
        Assert.Equal("# DDP", await File.ReadAllTextAsync(data.Combine("repo", "source", "_posts", "ddp.md")));
        Assert.False(Directory.Exists(data.Combine("repo.partial")));
    }

    [Fact]
    public async Task SyncAsync_NewCommitOnRemote_FastForwards()
    {
        source.Commit("first post", ("posts/a.md", "a"));
        var sync = CreateSync(source.Path);
        await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        var second = source.Commit("second post", ("posts/b.md", "b"));
        var checkedOut = await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(second, checkedOut);
        Assert.True(File.Exists(data.Combine("repo", "posts", "b.md")));
    }

    [Fact]
    public async Task SyncAsync_RemoteHistoryRewritten_ResetsHardToTheRemote()
    {
        source.Commit("first post", ("posts/a.md", "a"));
        source.Commit("oops", ("posts/secret-draft.md", "not for the public"));
        var sync = CreateSync(source.Url);
        await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        await File.WriteAllTextAsync(data.Combine("repo", "posts", "a.md"), "edited in the clone by hand");

        var rewritten = source.RewriteLastCommit("the real second post", ("posts/b.md", "b"));
        var checkedOut = await sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(rewritten, checkedOut);
        Assert.False(File.Exists(data.Combine("repo", "posts", "secret-draft.md")));
        Assert.True(File.Exists(data.Combine("repo", "posts", "b.md")));
        Assert.Equal("a", await File.ReadAllTextAsync(data.Combine("repo", "posts", "a.md")));
    }

    [Fact]
    public async Task SyncAsync_UnreachableUrlWithCredentials_FailsWithoutShowingThem()
    {
        var sync = CreateSync("https://blogbot:ghp_TopSecret123@127.0.0.1:1/me/blog.git");

        var error = await Assert.ThrowsAsync<RepositorySyncException>(() => sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.StartsWith("git clone failed (exit code 128)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("TopSecret", StringComparison.Ordinal));
        Assert.False(Directory.Exists(data.Combine("repo")));
    }

    [Fact]
    public async Task SyncAsync_NotARepository_NamesTheProblem()
    {
        var sync = CreateSync(data.Combine("no-such-repo"));

        var error = await Assert.ThrowsAsync<RepositorySyncException>(() => sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAsync_GitMissing_SaysSo()
    {
        var sync = CreateSync(source.Url, gitExecutable: data.Combine("bin", "git"));

        var error = await Assert.ThrowsAsync<RepositorySyncException>(() => sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.StartsWith("git clone could not start: the git command line", error.Message, StringComparison.Ordinal);
        Assert.Contains("Install git or unset Repository:Remote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAsync_CloneFolderHoldsOtherFiles_RefusesToOverwrite()
    {
        source.Commit("first post", ("posts/a.md", "a"));
        data.Write("repo/notes.txt", "mine");
        var sync = CreateSync(source.Url);

        var error = await Assert.ThrowsAsync<RepositorySyncException>(() => sync.SyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("exists but is not a git repository", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(data.Combine("repo", "notes.txt")));
    }

    private GitRepositorySync CreateSync(string remote, string gitExecutable = "git")
    {
        var options = new RepositoryOptions { Remote = remote, Branch = "main" };
        var location = new RepositoryLocation(data.Combine("unused"), remote, data.Combine("bot.db"));
        return new GitRepositorySync(location, Options.Create(options), new GitCommandRunner(gitExecutable, new FakeTimeProvider()), new FakeLogger<GitRepositorySync>(logs));
    }
}

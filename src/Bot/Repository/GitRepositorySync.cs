using Bot.Core.Repository;
using Bot.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Repository;

/// <summary>
/// Keeps the clone of <c>Repository:Remote</c> current: clones it on first start, then fetches the branch and resets
/// hard to it, which also follows a rewritten (force-pushed) history. A credential in the remote URL is handed to git
/// at each clone or fetch through the environment (<see cref="GitCommandRunner"/>) and never written into
/// <c>.git/config</c>. Called by the <see cref="RepositoryWatcher"/>.
/// </summary>
public sealed class GitRepositorySync(
    RepositoryLocation location,
    IOptions<RepositoryOptions> options,
    GitCommandRunner git,
    ILogger<GitRepositorySync> logger,
    SecretRedactor? redactor = null)
{
    private readonly SecretRedactor secrets = redactor ?? SecretRedactor.ShapesOnly;

    public bool IsEnabled => location.UsesRemote;

    /// <summary>Clones or updates the repository and returns the commit now checked out.</summary>
    public async Task<string> SyncAsync(CancellationToken cancellationToken)
    {
        var remote = GitRemote.Parse(location.Remote ?? throw new InvalidOperationException("Repository:Remote is not set."));
        var branch = options.Value.Branch.Trim();
        var clone = location.ClonePath;
        if (!Directory.Exists(Path.Combine(clone, ".git")))
        {
            await CloneAsync(remote, branch, clone, cancellationToken);
        }
        else
        {
            // Also takes a credential out of the URL of a clone made before credentials were kept out of it.
            await git.RunAsync(clone, ["remote", "set-url", "origin", remote.Url], cancellationToken);
            await git.RunAsync(
                clone, ["fetch", "--quiet", "--no-tags", "origin", $"+refs/heads/{branch}:refs/remotes/origin/{branch}"], cancellationToken, remote);
            await git.RunAsync(clone, ["reset", "--quiet", "--hard", $"refs/remotes/origin/{branch}"], cancellationToken);
            await git.RunAsync(clone, ["clean", "--quiet", "-fd"], cancellationToken);
        }

        var commit = await git.RunAsync(clone, ["rev-parse", "HEAD"], cancellationToken);
        GitSyncLog.Synced(logger, secrets.Redact(location.Remote), branch, commit);
        return commit;
    }

    /// <summary>Clones beside the target and moves it into place, so an interrupted clone never looks like a good one.</summary>
    private async Task CloneAsync(GitRemote remote, string branch, string clone, CancellationToken cancellationToken)
    {
        if (Directory.Exists(clone) && Directory.EnumerateFileSystemEntries(clone).Any())
        {
            throw new RepositorySyncException(
                $"The clone folder '{clone}' exists but is not a git repository; remove it so that Repository:Remote can be cloned there.");
        }

        var parent = Path.GetDirectoryName(clone)!;
        Directory.CreateDirectory(parent);
        var partial = clone + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        GitSyncLog.Cloning(logger, secrets.Redact(location.Remote), branch, clone);
        await git.RunAsync(
            parent, ["clone", "--quiet", "--no-tags", "--single-branch", "--branch", branch, "--", remote.Url, partial], cancellationToken, remote);
        if (Directory.Exists(clone))
        {
            Directory.Delete(clone);
        }

        Directory.Move(partial, clone);
    }
}

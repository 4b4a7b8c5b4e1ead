using Bot.Core.Repository;
using Bot.Repository;
using Bot.Secrets;
using Microsoft.Extensions.Options;

namespace Bot.Checks;

/// <summary>When <c>Repository:Remote</c> is set: <c>git ls-remote</c> reaches it and the branch exists. The URL is shown redacted.</summary>
public sealed class GitRemoteCheck(RepositoryLocation location, IOptions<RepositoryOptions> options, GitCommandRunner git, SecretRedactor redactor) : ICheck
{
    public string Subject => "Git remote";

    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        if (location.Remote is not { } configured)
        {
            return [];
        }

        var remote = GitRemote.Parse(configured);
        var shown = redactor.Redact(configured);
        var branch = options.Value.Branch;
        string heads;
        try
        {
            heads = await git.RunAsync(Path.GetTempPath(), ["ls-remote", "--heads", remote.Url, branch], cancellationToken, remote);
        }
        catch (RepositorySyncException ex)
        {
            return [CheckLine.Fail(Subject, $"{shown} is not reachable: {redactor.Redact(ex.Message)}")];
        }

        return heads.Contains("refs/heads/" + branch, StringComparison.Ordinal)
            ? [CheckLine.Pass(Subject, $"{shown} reachable; branch '{branch}' found")]
            : [CheckLine.Fail(Subject, $"{shown} reachable, but it has no branch '{branch}' (Repository:Branch)")];
    }
}

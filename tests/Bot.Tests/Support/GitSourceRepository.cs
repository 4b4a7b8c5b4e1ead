using System.Diagnostics;

namespace Bot.Tests.Support;

/// <summary>A real git repository in a temp folder that plays the remote: commit to it, rewrite its history.</summary>
public sealed class GitSourceRepository : IDisposable
{
    private readonly TempFolder folder = new();

    public GitSourceRepository()
    {
        Git("init", "--quiet", "-b", "main");
    }

    public string Path => folder.Path;

    public string Url => new Uri(folder.Path).AbsoluteUri;

    public string Head => Git("rev-parse", "HEAD");

    /// <summary>Writes the files and commits them; returns the new commit.</summary>
    public string Commit(string message, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            folder.Write(path, content);
        }

        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        return Head;
    }

    /// <summary>Drops the last commit and commits <paramref name="files"/> in its place, as a force-push would.</summary>
    public string RewriteLastCommit(string message, params (string Path, string Content)[] files)
    {
        Git("reset", "--quiet", "--hard", "HEAD~1");
        return Commit(message, files);
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(30_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors}");
        }

        return output.Result.Trim();
    }

    public void Dispose() => folder.Dispose();
}

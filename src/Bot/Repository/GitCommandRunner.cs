using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Bot.Repository;

/// <summary>
/// Runs the <c>git</c> command line without a shell (arguments passed one by one), never prompting for credentials.
/// Failures become <see cref="RepositorySyncException"/>s with git's own words, credentials removed.
/// </summary>
public sealed class GitCommandRunner(string executable, TimeProvider time)
{
    /// <summary>How long one git command may run before it is killed.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Most standard output kept from one command (the bot asks git for a commit id, not for listings).</summary>
    public const int MaxOutputChars = 1024 * 1024;

    /// <summary>How much of the end of git's error output is kept for the message.</summary>
    public const int ErrorTailChars = 16 * 1024;

    public string Executable { get; } = executable;

    /// <summary>
    /// The credential helper given to git when the remote needs one: it answers from this process's environment, so
    /// the secret is in no argument, no file and no config (git stores only the bare URL).
    /// </summary>
    private const string EnvironmentCredentialHelper =
        "!f() { test \"$1\" = get || return 0; echo \"username=$BOT_GIT_USERNAME\"; echo \"password=$BOT_GIT_PASSWORD\"; }; f";

    /// <param name="credential">The remote whose user name and password git may ask for, or null.</param>
    public async Task<string> RunAsync(
        string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken, GitRemote? credential = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var what = $"git {arguments[0]}";
        using var process = new Process { StartInfo = CreateStartInfo(workingDirectory, arguments, credential) };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new RepositorySyncException(
                $"{what} could not start: the git command line '{Executable}' was not found or cannot run ({ex.Message}). Install git or unset Repository:Remote.");
        }

        using var timeout = new CancellationTokenSource(CommandTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var output = GitOutputReader.ReadCappedAsync(process.StandardOutput, MaxOutputChars, linked.Token);
        var errors = GitOutputReader.ReadTailAsync(process.StandardError, ErrorTailChars, linked.Token);
        try
        {
            if (await output is null)
            {
                StopQuietly(process);
                throw new RepositorySyncException($"{what} printed more than {MaxOutputChars / 1024 / 1024} MiB and was stopped.");
            }

            await process.WaitForExitAsync(linked.Token);
            await errors;
        }
        catch (OperationCanceledException)
        {
            StopQuietly(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new RepositorySyncException($"{what} did not finish within {CommandTimeout.TotalMinutes:0} minutes and was stopped.");
        }

        if (process.ExitCode != 0)
        {
            throw new RepositorySyncException($"{what} failed (exit code {process.ExitCode}): {Summarize(await errors)}");
        }

        return (await output)!.Trim();
    }

    private ProcessStartInfo CreateStartInfo(string workingDirectory, IReadOnlyList<string> arguments, GitRemote? credential)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (credential is { HasCredential: true })
        {
            // An empty helper first clears any helper the user's git config names, so none of them stores the secret.
            foreach (var argument in new[] { "-c", "credential.helper=", "-c", "credential.helper=" + EnvironmentCredentialHelper })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["BOT_GIT_USERNAME"] = credential.UserName ?? "";
            start.Environment["BOT_GIT_PASSWORD"] = credential.Password ?? "";
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never wait for a password on a terminal or a credential helper's window: fail with git's message instead.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GCM_INTERACTIVE"] = "never";
        start.Environment["GIT_ASKPASS"] = "";
        start.Environment["SSH_ASKPASS"] = "";
        if (!start.Environment.ContainsKey("GIT_SSH_COMMAND"))
        {
            start.Environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
        }

        start.Environment["LC_ALL"] = "C";
        return start;
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }

    private static string Summarize(string errorOutput)
    {
        var lines = errorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "git printed no error message." : string.Join(" ", lines.TakeLast(3));
    }
}

using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Bot.Tests.TestSupport;

/// <summary>The built bot (<c>Bot.dll</c> beside the tests) running as a child process, its stdout read line by line.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private BotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.Writer.TryComplete();
            }
            else
            {
                lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Writer.TryWrite(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The child's process id.</summary>
    public int Id => process.Id;

    /// <summary>
    /// Starts <c>dotnet Bot.dll [arguments]</c> (no arguments: the service) with <c>BOT_CONFIG_DIR</c> pointing at
    /// <paramref name="configDirectory"/>.
    /// </summary>
    public static BotProcess Start(string configDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            WorkingDirectory = configDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BOT_CONFIG_DIR"] = configDirectory;
        start.Environment["DOTNET_ENVIRONMENT"] = "CrashTest";
        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the bot"));
    }

    /// <summary>Everything the process printed so far and up to the matching line, which is the last element.</summary>
    public async Task<List<string>> ReadUntilAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var seen = new List<string>();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await lines.Reader.WaitToReadAsync(cancel.Token))
            {
                while (lines.Reader.TryRead(out var line))
                {
                    seen.Add(line);
                    if (match(line))
                    {
                        return seen;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot did not print the expected line within {timeout}. Output:\n{string.Join('\n', seen.TakeLast(40))}");
        }

        throw new InvalidOperationException($"The bot exited before printing the expected line. Output:\n{string.Join('\n', seen.TakeLast(40))}");
    }

    /// <summary>What the process printed that was not read yet, up to the end of its output (after it exited).</summary>
    public async Task<List<string>> ReadRestAsync()
    {
        var rest = new List<string>();
        await foreach (var line in lines.Reader.ReadAllAsync())
        {
            rest.Add(line);
        }

        return rest;
    }

    /// <summary>Everything printed until the process exits, and its exit code.</summary>
    public async Task<(int ExitCode, List<string> Output)> ExitAsync(TimeSpan timeout)
    {
        var rest = await ReadRestAsync().WaitAsync(timeout);
        await process.WaitForExitAsync().WaitAsync(timeout);
        return (process.ExitCode, rest);
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }
}

using Bot.Repository;

namespace Bot.Tests.Repository;

/// <summary>The runner with a stand-in executable that never stops printing: the output is capped and the process stopped.</summary>
public sealed class GitCommandRunnerBoundsTests
{
    [Fact]
    public async Task RunAsync_EndlessOutput_StoppedAtTheCapWithOneLine()
    {
        if (!File.Exists("/usr/bin/yes"))
        {
            return;
        }

        var runner = new GitCommandRunner("/usr/bin/yes", TimeProvider.System);

        var failure = await Assert.ThrowsAsync<RepositorySyncException>(
            () => runner.RunAsync(Path.GetTempPath(), ["spam"], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("git spam printed more than 1 MiB and was stopped.", failure.Message);
    }
}

using Bot.Tests.TestSupport;

namespace Bot.Tests.Hosting;

/// <summary>Two services on one database: the second stops at once; verbs that only read or queue keep working beside the first.</summary>
public sealed class InstanceLockTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ServiceFolder service = new();

    [Fact]
    public async Task Service_SecondOnSameDatabase_ExitsAtOnceNamingDatabaseAndOtherProcess()
    {
        using var first = BotProcess.Start(service.ConfigDirectory);
        await first.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);

        using var second = BotProcess.Start(service.ConfigDirectory);
        var (code, output) = await second.ExitAsync(Timeout);

        Assert.Equal(3, code);
        var line = Assert.Single(output, l => l.Length > 0);
        Assert.Contains(service.DatabasePath, line, StringComparison.Ordinal);
        Assert.Contains($"process {first.Id}", line, StringComparison.Ordinal);

        using var status = BotProcess.Start(service.ConfigDirectory, "status");
        var (statusCode, statusOutput) = await status.ExitAsync(Timeout);
        Assert.Equal(0, statusCode);
        Assert.Contains(statusOutput, l => l.StartsWith("  all (Console): sent 0", StringComparison.Ordinal));

        using var resend = BotProcess.Start(service.ConfigDirectory, "resend", TestBlog.IdOf("old"));
        Assert.Equal(0, (await resend.ExitAsync(Timeout)).ExitCode);
        await first.ReadUntilAsync(l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("old")), Timeout);

        service.Blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1));
        await first.ReadUntilAsync(l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("fresh")), Timeout);
    }

    [Fact]
    public async Task Service_AfterTheFirstWasKilled_StartsDespiteTheLeftoverLockFile()
    {
        using (var first = BotProcess.Start(service.ConfigDirectory))
        {
            await first.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);
            first.Kill();
        }

        Assert.True(File.Exists(service.DatabasePath + ".lock"));
        using var second = BotProcess.Start(service.ConfigDirectory);
        service.Blog.WritePost("fresh", TestBlog.FirstDate.AddDays(1));
        await second.ReadUntilAsync(l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("fresh")), Timeout);
    }

    public void Dispose() => service.Dispose();
}

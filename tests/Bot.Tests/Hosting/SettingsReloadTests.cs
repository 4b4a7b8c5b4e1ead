using Bot.Tests.TestSupport;

namespace Bot.Tests.Hosting;

/// <summary>
/// The running service's settings file rewritten into something invalid and back: one error naming the file and the
/// key, the last good settings stay, and the delivery loop keeps delivering throughout.
/// </summary>
public sealed class SettingsReloadTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ServiceFolder service = new();

    [Theory]
    [InlineData("Publishing:RetryBaseDelay", "banana", "Publishing:RetryBaseDelay = 'banana'")]
    [InlineData("Repository:Layout", "Gatsby", "Repository:Layout = 'Gatsby'")]
    [InlineData(null, "{ \"Publishing\": ", "not valid JSON")]
    public async Task Service_SettingsFileMadeInvalidThenRestored_LogsFileAndKeyAndKeepsDelivering(string? key, string value, string expected)
    {
        using var bot = BotProcess.Start(service.ConfigDirectory);
        await bot.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);

        service.WriteSettings(key is null ? value : service.With(key, value));
        var error = (await bot.ReadUntilAsync(l => l.Contains(expected, StringComparison.Ordinal), Timeout))[^1];
        Assert.Contains(service.SettingsPath, error, StringComparison.Ordinal);

        service.Blog.WritePost("during", TestBlog.FirstDate.AddDays(1));
        await bot.ReadUntilAsync(l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("during")), Timeout);

        service.WriteSettings(service.OriginalSettings);
        service.Blog.WritePost("after", TestBlog.FirstDate.AddDays(2));
        await bot.ReadUntilAsync(l => ServiceFolder.IsAnnouncement(l, TestBlog.IdOf("after")), Timeout);
    }

    public void Dispose() => service.Dispose();
}

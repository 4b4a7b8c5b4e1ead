using Bot.Tests.TestSupport;

namespace Bot.Tests.Hosting;

/// <summary>Bad settings at start-up, through the real command line: one line per problem naming key and value, exit code 2, no trace.</summary>
public sealed class StartupErrorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ServiceFolder service = new();

    [Theory]
    [InlineData("Publishing:RetryBaseDelay", "banana", "error: invalid setting: Publishing:RetryBaseDelay = 'banana': not a time span")]
    [InlineData("Repository:Layout", "Gatsby", "error: invalid setting: Repository:Layout = 'Gatsby': not one of Auto, Hexo, Jekyll, Hugo, Plain")]
    [InlineData("Publishing:RetryJitter", "5", "error: invalid setting: Publishing:RetryJitter = '5': The field RetryJitter must be between 0 and 1")]
    [InlineData("Console:MinInterval", "-00:00:01", "error: invalid setting: Console:MinInterval = '-00:00:01'")]
    public async Task Service_OneBadSetting_OneLineNamingKeyAndValueExitCode2(string key, string value, string expected)
    {
        service.WriteSettings(service.With(key, value));

        using var bot = BotProcess.Start(service.ConfigDirectory);
        var (code, output) = await bot.ExitAsync(Timeout);

        Assert.Equal(2, code);
        var line = Assert.Single(output, l => l.Length > 0);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_TwoBadSettings_OneLineEachAndNoStackTrace()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(service.With("Publishing:RetryBaseDelay", "banana"))!;
        settings["Repository"]!["Layout"] = "Gatsby";
        service.WriteSettings(settings.ToJsonString());

        using var bot = BotProcess.Start(service.ConfigDirectory);
        var (code, output) = await bot.ExitAsync(Timeout);

        Assert.Equal(2, code);
        Assert.Equal(2, output.Count(l => l.Length > 0));
        Assert.Contains(output, l => l.Contains("Repository:Layout = 'Gatsby'", StringComparison.Ordinal));
        Assert.Contains(output, l => l.Contains("Publishing:RetryBaseDelay = 'banana'", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Hosting failed", StringComparison.Ordinal));
    }

    public void Dispose() => service.Dispose();
}

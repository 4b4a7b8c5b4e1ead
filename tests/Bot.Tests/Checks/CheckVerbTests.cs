using System.Text.Json.Nodes;
using Bot.Cli;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Telegram;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Checks;

public sealed class CheckVerbTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private FakeBotApi api = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("p1", TestBlog.FirstDate, "NLP");
        blog.WritePost("p2", TestBlog.FirstDate.AddDays(1), "Python");
    }

    [Fact]
    public async Task Run_ValidSetup_PassesEveryCheckAndExitsZero()
    {
        var code = await RunAsync(Settings(CheckSettings.Telegram(TelegramTestClients.Token, api.BaseUrl), CheckSettings.TelegramChannel("news", "@news")));

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("PASS  Settings: valid; 2 channels: console (Console), news (Telegram)", text, StringComparison.Ordinal);
        Assert.Contains($"PASS  Repository: '{folder.Combine("blog")}' readable; layout Hexo; 2 published posts (2 found, 0 skipped", text, StringComparison.Ordinal);
        Assert.Contains("PASS  Links: site URL https://blog.example, permalink :year/:month/:day/:title/; newest post \"文章 p2\" links to https://blog.example/2026/01/02/", text, StringComparison.Ordinal);
        Assert.Contains($"PASS  Telegram: token valid; the bot is @{FakeBotApi.BotUsername} (id {api.BotId})", text, StringComparison.Ordinal);
        Assert.Contains("PASS  Telegram channel news (@news): supergroup \"Chat ", text, StringComparison.Ordinal);
        Assert.Contains("PASS  Storage: '", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", text, StringComparison.Ordinal);
        Assert.EndsWith("Verdict: READY (6 passed, 0 warnings, 0 failed)" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Empty(api.Read(a => a.Sent));
        AssertNoSecrets();
    }

    [Fact]
    public async Task Run_WrongToken_FailsTelegramAndExitsOne()
    {
        const string wrongToken = "987654321:AAH-wrong_SECRET-token-never-print";
        var code = await RunAsync(Settings(CheckSettings.Telegram(wrongToken, api.BaseUrl), CheckSettings.TelegramChannel("news", "@news")));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Telegram: getMe failed: the token was rejected (401 Unauthorized); check Telegram:Token", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Verdict: NOT READY (4 passed, 0 warnings, 1 failed)", output.ToString(), StringComparison.Ordinal);
        AssertNoSecrets(wrongToken);
    }

    [Theory]
    [InlineData("channel", "member", "channel \"Chat -1001000000000\": the bot is only a member; make it an administrator with the right to post messages.")]
    [InlineData("channel", "left", "channel \"Chat -1001000000000\": the bot is not a member; make it an administrator with the right to post messages.")]
    [InlineData("group", "left", "supergroup \"Chat -1001000000000\": the bot is not a member; add it to the group.")]
    public async Task Run_BotWithoutRights_FailsNamingTheChannel(string chatKind, string botStatus, string expected)
    {
        var chatId = api.ChatIdOf("@news");
        if (chatKind == "channel")
        {
            api.MakeChannel(chatId);
        }

        api.SetBotStatus(chatId, botStatus);
        var code = await RunAsync(Settings(CheckSettings.Telegram(TelegramTestClients.Token, api.BaseUrl), CheckSettings.TelegramChannel("news", "@news")));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Telegram channel news (@news): " + expected, output.ToString(), StringComparison.Ordinal);
        AssertNoSecrets();
    }

    [Fact]
    public async Task Run_MissingRepository_FailsNamingThePathAndExitsOne()
    {
        var missing = folder.Combine("no-such-blog");
        var settings = CheckSettings.Write(folder.Combine("settings.json"), missing, folder.Combine("data", "bot.db"), null);

        var code = await RunAsync(settings);

        Assert.Equal(1, code);
        Assert.Contains($"FAIL  Repository: '{missing}' cannot be read: Post repository folder '{missing}' does not exist", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnreachableBotApi_FailsWithAClearLineAndNoStackTrace()
    {
        var code = await RunAsync(Settings(CheckSettings.Telegram(TelegramTestClients.Token, "http://127.0.0.1:9"), CheckSettings.TelegramChannel("news", "@news")));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Telegram: getMe failed: cannot reach http://127.0.0.1:9", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString(), StringComparison.Ordinal);
        AssertNoSecrets();
    }

    [Fact]
    public async Task Run_TelegramChannelWithoutToken_FailsSettingsNamingTheKey()
    {
        var code = await RunAsync(Settings(null, CheckSettings.TelegramChannel("news", "@news")));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Settings: Channels:1:Platform Telegram needs Telegram:Token", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAIL  Telegram: Telegram:Token is not set", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingSettingsFile_ExplainsAndExitsTwo()
    {
        var code = await RunAsync(folder.Combine("absent.json"));

        Assert.Equal(2, code);
        Assert.Contains("absent.json' given with --config does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DefaultSettings_SampleBlogPassesWithoutNetwork()
    {
        var code = await CheckVerb.RunAsync([], output, error, CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal(0, code);
        Assert.Contains("PASS  Settings: valid; 1 channel: console (Console)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("layout Hexo;", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", output.ToString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        output.Dispose();
        error.Dispose();
        folder.Dispose();
    }

    private string Settings(JsonObject? telegram, params JsonObject[] channels) =>
        CheckSettings.Write(folder.Combine("settings.json"), folder.Combine("blog"), folder.Combine("data", "bot.db"), telegram, channels);

    private Task<int> RunAsync(string settingsFile) =>
        CheckVerb.RunAsync([settingsFile], output, error, CancellationToken.None).WaitAsync(Timeout);

    private void AssertNoSecrets(params string[] moreTokens)
    {
        foreach (var token in moreTokens.Append(TelegramTestClients.Token))
        {
            var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
            Assert.DoesNotContain(secret, output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
    }
}

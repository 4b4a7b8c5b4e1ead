using System.Text.Json.Nodes;
using Bot.Cli;
using Bot.Tests.Fakes.Discord;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Checks;

public sealed class DiscordCheckTests : IAsyncLifetime
{
    private const string ChannelId = "2200000000000000001";
    private const string WebhookSecret = "webhook-SECRET-token-never-print";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private FakeDiscordServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        new TestBlog(folder.Combine("blog")).WritePost("p1", TestBlog.FirstDate, "NLP");
    }

    [Fact]
    public async Task Run_ValidDiscordSetup_PassesTokenChannelAndWebhook()
    {
        server.AddChannel(ChannelId);
        var webhook = server.AddWebhook("700", WebhookSecret, ChannelId);

        var code = await RunAsync(FakeDiscordServer.DefaultToken, CheckSettings.DiscordChannel("announce", channelId: ChannelId),
            CheckSettings.DiscordChannel("hook", webhookUrl: webhook));

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains($"PASS  Discord: token valid; the bot is blog-bot (id {server.BotUserId})", text, StringComparison.Ordinal);
        Assert.Contains($"PASS  Discord channel announce ({ChannelId}): #channel-{ChannelId} reachable; the bot may view, send messages and embed links", text, StringComparison.Ordinal);
        Assert.Contains("PASS  Discord channel hook (webhook 700): webhook exists", text, StringComparison.Ordinal);
        Assert.Empty(server.Store.Messages);
        AssertNoSecrets();
    }

    [Theory]
    [InlineData(FakeChannelAccess.MissingPermissions, "the bot lacks SendMessages, EmbedLinks; grant it to the bot's role")]
    [InlineData(FakeChannelAccess.MissingAccess, "cannot be read: ")]
    public async Task Run_ChannelWithoutRights_FailsNamingTheChannel(FakeChannelAccess access, string expected)
    {
        server.AddChannel(ChannelId, access);

        var code = await RunAsync(FakeDiscordServer.DefaultToken, CheckSettings.DiscordChannel("announce", channelId: ChannelId));

        Assert.Equal(1, code);
        Assert.Contains($"FAIL  Discord channel announce ({ChannelId}): ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        AssertNoSecrets();
    }

    [Fact]
    public async Task Run_WrongToken_FailsTokenAndSkipsChannels()
    {
        server.AddChannel(ChannelId);

        var code = await RunAsync("MTk5.wrong.SECRET-discord-token-never-print", CheckSettings.DiscordChannel("announce", channelId: ChannelId));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Discord: /users/@me failed: the token was rejected (401 Unauthorized)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"FAIL  Discord channel announce: not checked: ChannelId needs a valid Discord:Token", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-discord-token", output.ToString() + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DeletedWebhook_FailsAsDeadWithoutPrintingTheUrl()
    {
        var webhook = server.AddWebhook("700", WebhookSecret, ChannelId);
        server.KillWebhook("700");

        var code = await RunAsync(null, CheckSettings.DiscordChannel("hook", webhookUrl: webhook));

        Assert.Equal(1, code);
        Assert.Contains("FAIL  Discord channel hook (webhook 700): the webhook is dead (404)", output.ToString(), StringComparison.Ordinal);
        AssertNoSecrets();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        output.Dispose();
        error.Dispose();
        folder.Dispose();
    }

    private Task<int> RunAsync(string? token, params JsonObject[] channels)
    {
        var discord = token is null
            ? new JsonObject { ["ApiBaseUrl"] = server.ApiBaseUrl, ["Commands"] = false }
            : CheckSettings.Discord(token, server.ApiBaseUrl);
        var settings = CheckSettings.Write(folder.Combine("settings.json"), folder.Combine("blog"), folder.Combine("data", "bot.db"), null, discord, channels);
        return CheckVerb.RunAsync([settings], output, error, CancellationToken.None).WaitAsync(Timeout);
    }

    private void AssertNoSecrets()
    {
        var all = output.ToString() + error;
        Assert.DoesNotContain(FakeDiscordServer.DefaultToken, all, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret, all, StringComparison.Ordinal);
    }
}

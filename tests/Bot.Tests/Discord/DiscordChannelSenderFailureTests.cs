using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;

namespace Bot.Tests.Discord;

/// <summary>The real client and sender against the fake Discord: refusals, dead webhooks, bad tokens and rate limits.</summary>
public sealed class DiscordChannelSenderFailureTests : IAsyncLifetime
{
    private DiscordSenderHarness harness = null!;

    public async Task InitializeAsync() => harness = await DiscordSenderHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task SendAsync_DeletedWebhook_PermanentDeadAndNeverCalledAgain()
    {
        var url = harness.Server.AddWebhook("601", "webhook-secret-token", DiscordSenderHarness.Channel);
        harness.Server.KillWebhook("601");
        var channel = new ChannelOptions { Name = "hook", Platform = ChannelPlatform.Discord, WebhookUrl = url };

        var first = await harness.Sender.SendAsync(DiscordSenderHarness.Request(3, channel, DiscordTestPosts.Make(1)), CancellationToken.None);
        var second = await harness.Sender.SendAsync(DiscordSenderHarness.Request(4, channel, DiscordTestPosts.Make(2)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, first.Outcome);
        Assert.StartsWith("webhook is dead: 10015 Unknown Webhook", first.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Permanent, second.Outcome);
        Assert.Single(harness.Server.Store.Requests, r => r.Path.StartsWith("/api/v10/webhooks/601", StringComparison.Ordinal));
        Assert.DoesNotContain("webhook-secret-token", first.Error + second.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeChannelAccess.MissingAccess, "50001 Missing Access (HTTP 403)")]
    [InlineData(FakeChannelAccess.MissingPermissions, "50013 Missing Permissions (HTTP 403)")]
    [InlineData(null, "10003 Unknown Channel (HTTP 404)")]
    public async Task SendAsync_ChannelRefuses_PermanentWithDiscordsWords(FakeChannelAccess? access, string expected)
    {
        if (access is { } a)
        {
            harness.Server.AddChannel("850", a);
        }

        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(5, DiscordSenderHarness.BotChannel("850"), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public async Task SendAsync_ChannelRefuses_LeavesTheOneLogLineToTheDeliveryWorker()
    {
        harness.Server.AddChannel("851", FakeChannelAccess.MissingPermissions);

        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(5, DiscordSenderHarness.BotChannel("851"), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains("Missing Permissions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_WrongToken_PermanentWithoutTheToken()
    {
        var badSender = harness.NewSender("definitely-wrong-token-123").Sender;
        var result = await badSender.SendAsync(DiscordSenderHarness.Request(6, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Contains("401", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("definitely-wrong-token-123", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains("definitely-wrong-token-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_GlobalRateLimitBeyondRetries_TransientWithRetryAfter()
    {
        var limited = harness.NewSender(harness.Server.Token, maxRetries: 0).Sender;
        harness.Server.RateLimits.ForceGlobal(TimeSpan.FromSeconds(30));

        var result = await limited.SendAsync(DiscordSenderHarness.Request(9, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 25, 30);
        Assert.Empty(harness.Server.Store.Messages);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task SendAsync_ServerError_Transient(int status)
    {
        harness.Server.FailNextRequests(10, status);

        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(11, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Store.Messages);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_Transient()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var rest = new DiscordRestClient(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, new DiscordRestOptions
        {
            Token = harness.Server.Token,
            ApiBaseUrl = new Uri($"http://127.0.0.1:{port}/api"),
        });
        var sender = new DiscordChannelSender(rest, new Microsoft.Extensions.Logging.Testing.FakeLogger<DiscordChannelSender>(harness.Logs));

        var result = await sender.SendAsync(DiscordSenderHarness.Request(12, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.DoesNotContain(harness.Server.Token, result.Error, StringComparison.Ordinal);
    }
}

using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Discord;

/// <summary>The real <see cref="DiscordRestClient"/> and sender against the fake Discord.</summary>
public sealed class DiscordChannelSenderTests : IAsyncLifetime
{
    private const string Channel = "800";
    private readonly FakeLogCollector logs = new();
    private FakeDiscordServer server = null!;
    private DiscordRestClient client = null!;
    private DiscordChannelSender sender = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        server.RateLimits.Limit = 100;
        server.AddChannel(Channel);
        (client, sender) = NewSender(server.Token);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains(server.Token, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(server.Token, StringComparison.Ordinal) ?? false));
    }

    [Theory]
    [InlineData("mentions")]
    [InlineData("markdown")]
    [InlineData("long-summary")]
    [InlineData("long-title")]
    [InlineData("cjk")]
    [InlineData("many-categories")]
    public async Task SendAsync_HostilePost_AcceptedAndPingsNobody(string kind)
    {
        var result = await sender.SendAsync(Request(1, BotChannel(), DiscordTestPosts.Hostile(kind)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var message = Assert.Single(server.Store.Messages);
        Assert.Equal(message.Id, result.MessageId);
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.True(message.Body["enforce_nonce"]!.GetValue<bool>());
        Assert.Null(message.Content);
    }

    [Fact]
    public async Task SendAsync_SameDeliveryRepeated_ZeroDuplicates()
    {
        var request = Request(7, BotChannel(), DiscordTestPosts.Make(1));

        var first = await sender.SendAsync(request, CancellationToken.None);
        var (otherClient, afterRestart) = NewSender(server.Token);
        using (otherClient)
        {
            var second = await afterRestart.SendAsync(request, CancellationToken.None);
            Assert.Equal(first.MessageId, second.MessageId);
        }

        Assert.Single(server.Store.Messages);
        Assert.Equal(2, server.Store.Requests.Count(r => r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_CrashMidFanOutThenResendEverything_EachChannelGetsOneMessage()
    {
        string[] channels = ["801", "802", "803", "804"];
        foreach (var id in channels)
        {
            server.AddChannel(id);
        }

        var post = DiscordTestPosts.Make(1);
        var rows = channels.Select((id, i) => Request(100 + i, BotChannel(id), post)).ToList();
        foreach (var row in rows.Take(2))
        {
            await sender.SendAsync(row, CancellationToken.None);
        }

        // The process dies before the outbox marked the first two rows sent: after restart every row goes again.
        var (restartedClient, restarted) = NewSender(server.Token);
        using (restartedClient)
        {
            foreach (var row in rows)
            {
                Assert.Equal(DeliveryOutcome.Sent, (await restarted.SendAsync(row, CancellationToken.None)).Outcome);
            }
        }

        Assert.Equal(channels, server.Store.Messages.Select(m => m.ChannelId).Order());
    }

    [Fact]
    public async Task SendAsync_WebhookChannel_ExecutesWithWaitAndReturnsMessageId()
    {
        var url = server.AddWebhook("600", "webhook-secret-token", Channel);

        var result = await sender.SendAsync(Request(2, new ChannelOptions { Name = "hook", Platform = ChannelPlatform.Discord, WebhookUrl = url }, DiscordTestPosts.Hostile("mentions")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var message = Assert.Single(server.Store.Messages);
        Assert.Equal("600", message.WebhookId);
        Assert.Equal(message.Id, result.MessageId);
        Assert.Contains(server.Store.Requests, r => r.Path.EndsWith("?wait=true", StringComparison.Ordinal) && r.Authorization is null);
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SendAsync_DeletedWebhook_PermanentDeadAndNeverCalledAgain()
    {
        var url = server.AddWebhook("601", "webhook-secret-token", Channel);
        server.KillWebhook("601");
        var channel = new ChannelOptions { Name = "hook", Platform = ChannelPlatform.Discord, WebhookUrl = url };

        var first = await sender.SendAsync(Request(3, channel, DiscordTestPosts.Make(1)), CancellationToken.None);
        var second = await sender.SendAsync(Request(4, channel, DiscordTestPosts.Make(2)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, first.Outcome);
        Assert.StartsWith("webhook is dead: 10015 Unknown Webhook", first.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Permanent, second.Outcome);
        Assert.Single(server.Store.Requests, r => r.Path.StartsWith("/api/v10/webhooks/601", StringComparison.Ordinal));
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
            server.AddChannel("850", a);
        }

        var result = await sender.SendAsync(Request(5, BotChannel("850"), DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public async Task SendAsync_WrongToken_PermanentWithoutTheToken()
    {
        var (badClient, badSender) = NewSender("definitely-wrong-token-123");
        using (badClient)
        {
            var result = await badSender.SendAsync(Request(6, BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

            Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
            Assert.Contains("401", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("definitely-wrong-token-123", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("definitely-wrong-token-123", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SendAsync_Silent_SuppressNotificationsFlag()
    {
        var channel = BotChannel();
        channel.Silent = true;

        await sender.SendAsync(Request(8, channel, DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(FakeDiscordMessageValidator.SuppressNotifications, Assert.Single(server.Store.Messages).Flags);
    }

    [Fact]
    public async Task SendAsync_GlobalRateLimitBeyondRetries_TransientWithRetryAfter()
    {
        var (limitedClient, limited) = NewSender(server.Token, maxRetries: 0);
        using (limitedClient)
        {
            server.RateLimits.ForceGlobal(TimeSpan.FromSeconds(30));

            var result = await limited.SendAsync(Request(9, BotChannel(), DiscordTestPosts.Make(1)), CancellationToken.None);

            Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
            Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 25, 30);
            Assert.Empty(server.Store.Messages);
        }
    }

    [Fact]
    public async Task SendAsync_DigestOf23Posts_ThreeMessagesWithDistinctNonces()
    {
        var posts = Enumerable.Range(1, 23).Select(n => DiscordTestPosts.Make(n, summary: new string('长', 2000))).ToList();

        var result = await sender.SendAsync(new DeliveryRequest(10, "d10-abcdef12", BotChannel(), DeliveryKind.Digest, posts), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(3, result.MessageId!.Split(',').Length);
        Assert.Equal(["d10-abcdef12", "d10-abcdef12.1", "d10-abcdef12.2"], server.Store.Messages.Select(m => m.Nonce));
    }

    private (DiscordRestClient Client, DiscordChannelSender Sender) NewSender(string token, int maxRetries = 3)
    {
        var rest = new DiscordRestClient(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, new DiscordRestOptions
        {
            Token = token,
            ApiBaseUrl = new Uri(server.BaseAddress, "api"),
            MaxRateLimitRetries = maxRetries,
        });
        return (rest, new DiscordChannelSender(rest, new FakeLogger<DiscordChannelSender>(logs)));
    }

    private static ChannelOptions BotChannel(string id = Channel) =>
        new() { Name = "discord-" + id, Platform = ChannelPlatform.Discord, ChannelId = id };

    private static DeliveryRequest Request(long id, ChannelOptions channel, Post post) =>
        new(id, IdempotencyKeyFor(id, channel.Name), channel, DeliveryKind.Announcement, [post]);

    private static string IdempotencyKeyFor(long id, string channel)
    {
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"d{id}-{channel}");
        return key[..Math.Min(key.Length, 25)];
    }
}

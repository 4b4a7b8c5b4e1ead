using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;

namespace Bot.Tests.Discord;

/// <summary>The real client and sender against the fake Discord: what gets sent, and that it is sent once.</summary>
public sealed class DiscordChannelSenderTests : IAsyncLifetime
{
    private DiscordSenderHarness harness = null!;

    public async Task InitializeAsync() => harness = await DiscordSenderHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("mentions")]
    [InlineData("markdown")]
    [InlineData("long-summary")]
    [InlineData("long-title")]
    [InlineData("cjk")]
    [InlineData("many-categories")]
    public async Task SendAsync_HostilePost_AcceptedAndPingsNobody(string kind)
    {
        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(1, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Hostile(kind)), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var message = Assert.Single(harness.Server.Store.Messages);
        Assert.Equal(message.Id, result.MessageId);
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.True(message.Body["enforce_nonce"]!.GetValue<bool>());
        Assert.Null(message.Content);
    }

    [Fact]
    public async Task SendAsync_PostWithCover_FakeDiscordAcceptsTheEmbedImage()
    {
        var post = DiscordTestPosts.Make(1) with { Cover = "https://blog.example/images/transformer.png" };

        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(1, DiscordSenderHarness.BotChannel(), post), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var message = Assert.Single(harness.Server.Store.Messages);
        Assert.Equal("https://blog.example/images/transformer.png", message.Embeds[0]!["image"]!["url"]!.GetValue<string>());
        Assert.Null(message.Embeds[0]!["thumbnail"]);
    }

    [Theory]
    [InlineData(DiscordCoverStyle.Thumbnail, null, "https://blog.example/images/transformer.png")]
    [InlineData(DiscordCoverStyle.Off, null, null)]
    public async Task SendAsync_CoverStyleSetting_LiveEmbedFollowsIt(DiscordCoverStyle style, string? image, string? thumbnail)
    {
        var post = DiscordTestPosts.Make(1) with { Cover = "https://blog.example/images/transformer.png" };
        var (rest, _) = harness.NewSender(harness.Server.Token);
        var sender = new DiscordChannelSender(
            rest, new Microsoft.Extensions.Logging.Testing.FakeLogger<DiscordChannelSender>(harness.Logs),
            Microsoft.Extensions.Options.Options.Create(new DiscordOptions { CoverStyle = style }));

        var result = await sender.SendAsync(DiscordSenderHarness.Request(1, DiscordSenderHarness.BotChannel(), post), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var embed = Assert.Single(harness.Server.Store.Messages).Embeds[0]!;
        Assert.Equal(image, embed["image"]?["url"]?.GetValue<string>());
        Assert.Equal(thumbnail, embed["thumbnail"]?["url"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_SameDeliveryRepeated_ZeroDuplicates()
    {
        var request = DiscordSenderHarness.Request(7, DiscordSenderHarness.BotChannel(), DiscordTestPosts.Make(1));

        var first = await harness.Sender.SendAsync(request, CancellationToken.None);
        var afterRestart = harness.NewSender(harness.Server.Token).Sender;
        var second = await afterRestart.SendAsync(request, CancellationToken.None);
        Assert.Equal(first.MessageId, second.MessageId);

        Assert.Single(harness.Server.Store.Messages);
        Assert.Equal(2, harness.Server.Store.Requests.Count(r => r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_CrashMidFanOutThenResendEverything_EachChannelGetsOneMessage()
    {
        string[] channels = ["801", "802", "803", "804"];
        foreach (var id in channels)
        {
            harness.Server.AddChannel(id);
        }

        var post = DiscordTestPosts.Make(1);
        var rows = channels.Select((id, i) => DiscordSenderHarness.Request(100 + i, DiscordSenderHarness.BotChannel(id), post)).ToList();
        foreach (var row in rows.Take(2))
        {
            await harness.Sender.SendAsync(row, CancellationToken.None);
        }

        // The process dies before the outbox marked the first two rows sent: after restart every row goes again.
        var restarted = harness.NewSender(harness.Server.Token).Sender;
        foreach (var row in rows)
        {
            Assert.Equal(DeliveryOutcome.Sent, (await restarted.SendAsync(row, CancellationToken.None)).Outcome);
        }

        Assert.Equal(channels, harness.Server.Store.Messages.Select(m => m.ChannelId).Order());
    }

    [Fact]
    public async Task SendAsync_WebhookChannel_ExecutesWithWaitAndReturnsMessageId()
    {
        var url = harness.Server.AddWebhook("600", "webhook-secret-token", DiscordSenderHarness.Channel);

        var result = await harness.Sender.SendAsync(DiscordSenderHarness.Request(2, new ChannelOptions { Name = "hook", Platform = ChannelPlatform.Discord, WebhookUrl = url }, DiscordTestPosts.Hostile("mentions")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var message = Assert.Single(harness.Server.Store.Messages);
        Assert.Equal("600", message.WebhookId);
        Assert.Equal(message.Id, result.MessageId);
        Assert.Contains(harness.Server.Store.Requests, r => r.Path.EndsWith("?wait=true", StringComparison.Ordinal) && r.Authorization is null);
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SendAsync_Silent_SuppressNotificationsFlag()
    {
        var channel = DiscordSenderHarness.BotChannel();
        channel.Silent = true;

        await harness.Sender.SendAsync(DiscordSenderHarness.Request(8, channel, DiscordTestPosts.Make(1)), CancellationToken.None);

        Assert.Equal(FakeDiscordMessageValidator.SuppressNotifications, Assert.Single(harness.Server.Store.Messages).Flags);
    }

    [Fact]
    public async Task SendAsync_DigestOf23Posts_SeveralMessagesWithSuffixedNonces()
    {
        var posts = Enumerable.Range(1, 23).Select(n => DiscordTestPosts.Make(n, summary: new string('长', 2000))).ToList();
        var digest = Bot.Core.Digests.DigestComposer.Compose(posts, Bot.Core.Commands.ReplyLanguage.Chinese, new Bot.Core.Digests.DigestOptions { SummaryLength = 1000 });
        var request = new DeliveryRequest(10, "d10-abcdef12", DiscordSenderHarness.BotChannel(), DeliveryKind.Digest, posts) { Digest = digest };

        var result = await harness.Sender.SendAsync(request, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var count = result.MessageId!.Split(',').Length;
        Assert.InRange(count, 2, 23);
        Assert.Equal(
            ["d10-abcdef12", .. Enumerable.Range(1, count - 1).Select(i => $"d10-abcdef12.{i}")],
            harness.Server.Store.Messages.Select(m => m.Nonce));
    }
}

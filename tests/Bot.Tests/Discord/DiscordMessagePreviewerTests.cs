using System.Text.Json.Nodes;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;

namespace Bot.Tests.Discord;

/// <summary>The preview shows exactly the body the sender puts on the wire.</summary>
public sealed class DiscordMessagePreviewerTests : IAsyncLifetime
{
    private DiscordSenderHarness harness = null!;

    public async Task InitializeAsync() => harness = await DiscordSenderHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("mentions", false)]
    [InlineData("markdown", true)]
    [InlineData("cjk", false)]
    public async Task Preview_BotChannel_SameBodyAsTheSenderSends(string kind, bool silent)
    {
        var post = DiscordTestPosts.Hostile(kind);
        var channel = DiscordSenderHarness.BotChannel();
        channel.Silent = silent;
        await harness.Sender.SendAsync(DiscordSenderHarness.Request(1, channel, post), CancellationToken.None);
        var sent = harness.Server.Store.Messages.Single().Body;
        sent["nonce"] = DiscordMessagePreviewer.PreviewNonce;

        var preview = new DiscordMessagePreviewer(Microsoft.Extensions.Options.Options.Create(new DiscordOptions())).Preview(post, channel);

        var lines = preview.Split('\n', 2);
        Assert.Equal($"POST /api/v10/channels/{DiscordSenderHarness.Channel}/messages", lines[0]);
        Assert.True(JsonNode.DeepEquals(sent, JsonNode.Parse(lines[1])), preview);
    }

    [Fact]
    public void Preview_WebhookChannel_ShowsWebhookIdButNotItsToken()
    {
        var channel = new ChannelOptions { Name = "hook", Platform = ChannelPlatform.Discord, WebhookUrl = "https://discord.com/api/webhooks/123/secret-webhook-token" };

        var preview = new DiscordMessagePreviewer(Microsoft.Extensions.Options.Options.Create(new DiscordOptions())).Preview(DiscordTestPosts.Make(1), channel);

        Assert.StartsWith("POST /api/v10/webhooks/123/(token)?wait=true\n", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-webhook-token", preview, StringComparison.Ordinal);
        Assert.Contains("\"parse\": []", preview, StringComparison.Ordinal);
    }
}

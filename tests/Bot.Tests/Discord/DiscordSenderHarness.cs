using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Discord;

/// <summary>
/// The fake Discord with one allowed channel, a real <see cref="DiscordRestClient"/> and a sender logging into a
/// collector. On dispose it checks that no log line ever held the bot token.
/// </summary>
public sealed class DiscordSenderHarness : IAsyncDisposable
{
    public const string Channel = "800";
    private readonly List<DiscordRestClient> clients = [];

    private DiscordSenderHarness(FakeDiscordServer server) => Server = server;

    public FakeDiscordServer Server { get; }

    public FakeLogCollector Logs { get; } = new();

    public DiscordChannelSender Sender { get; private set; } = null!;

    public static async Task<DiscordSenderHarness> StartAsync()
    {
        var server = await FakeDiscordServer.StartAsync();
        server.RateLimits.Limit = 100;
        server.AddChannel(Channel);
        var harness = new DiscordSenderHarness(server);
        harness.Sender = harness.NewSender(server.Token).Sender;
        return harness;
    }

    /// <summary>A fresh client and sender, as after a restart: no rate-limit or dead-webhook memory.</summary>
    public (DiscordRestClient Client, DiscordChannelSender Sender) NewSender(string token, int maxRetries = 3)
    {
        var rest = new DiscordRestClient(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, new DiscordRestOptions
        {
            Token = token,
            ApiBaseUrl = new Uri(Server.BaseAddress, "api"),
            MaxRateLimitRetries = maxRetries,
        });
        clients.Add(rest);
        return (rest, new DiscordChannelSender(rest, new FakeLogger<DiscordChannelSender>(Logs)));
    }

    public static ChannelOptions BotChannel(string id = Channel) =>
        new() { Name = "discord-" + id, Platform = ChannelPlatform.Discord, ChannelId = id };

    public static DeliveryRequest Request(long id, ChannelOptions channel, Post post)
    {
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"d{id}-{channel.Name}");
        return new(id, key[..Math.Min(key.Length, 25)], channel, DeliveryKind.Announcement, [post]);
    }

    public async ValueTask DisposeAsync()
    {
        clients.ForEach(c => c.Dispose());
        await Server.DisposeAsync();
        Assert.DoesNotContain(Logs.GetSnapshot(), r => r.Message.Contains(Server.Token, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(Server.Token, StringComparison.Ordinal) ?? false));
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// An in-process Discord on 127.0.0.1: REST under <c>/api/v10</c> with Discord's checks, limits, rate-limit headers
/// and error shapes, and a WebSocket gateway at <c>/gateway</c>. Time comes from the injected provider.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string DefaultToken = "MTEwMDAwMDAwMDA.fake-discord.bot-token-0123456789";
    private readonly WebApplication app;

    private FakeDiscordServer(WebApplication app, TimeProvider time, string token)
    {
        this.app = app;
        Time = time;
        Token = token;
        RateLimits = new FakeDiscordRateLimits(time);
        Gateway = new FakeDiscordGateway(this);
    }

    public TimeProvider Time { get; }

    public string Token { get; }

    public string ApplicationId { get; } = "1100000000000000001";

    public string BotUserId { get; } = "1100000000000000002";

    /// <summary>The one guild every channel of the fake belongs to.</summary>
    public string GuildId { get; } = "1100000000000000003";

    public FakeDiscordStore Store { get; } = new();

    public FakeDiscordRateLimits RateLimits { get; }

    public FakeDiscordGateway Gateway { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseAddress, "api/v10").ToString();

    public string GatewayUrl => $"ws://{BaseAddress.Authority}/gateway";

    /// <summary>The <c>resume_gateway_url</c> READY hands out: the same server on its own path, so resumes are visible.</summary>
    public string ResumeGatewayUrl => $"ws://{BaseAddress.Authority}/resume-gateway";

    public static async Task<FakeDiscordServer> StartAsync(TimeProvider? time = null, string token = DefaultToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app, time ?? TimeProvider.System, token);
        app.UseWebSockets();
        app.Use((context, next) => FakeDiscordRequestChecks.InvokeAsync(context, next, server));
        FakeDiscordMessageRoutes.Map(app, server);
        FakeDiscordApplicationRoutes.Map(app, server);
        FakeDiscordGuildRoutes.Map(app, server);
        app.Map("/gateway", server.Gateway.AcceptAsync);
        app.Map("/resume-gateway", server.Gateway.AcceptAsync);
        app.MapFallback(context => FakeDiscordResponses.ErrorAsync(context, 404, 0, "404: Not Found"));
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <summary>The next <paramref name="count"/> REST requests answer <paramref name="status"/> (e.g. 502) before any route runs.</summary>
    public void FailNextRequests(int count, int status) => Store.Change(() => Store.PendingFailures = (count, status));

    /// <summary>The next <paramref name="passing"/> requests are answered normally, then <paramref name="count"/> fail with <paramref name="status"/>.</summary>
    public void FailRequestsAfter(int passing, int count, int status) => Store.Change(() =>
    {
        Store.PassingBeforeFailures = passing;
        Store.PendingFailures = (count, status);
    });

    public void AddChannel(string channelId, FakeChannelAccess access = FakeChannelAccess.Allowed) =>
        Store.Change(() => Store.Channels[channelId] = access);

    /// <summary>Creates a webhook in <paramref name="channelId"/> and returns its execute URL.</summary>
    public string AddWebhook(string webhookId, string webhookToken, string channelId)
    {
        Store.Change(() => Store.Webhooks[webhookId] = (webhookToken, channelId, true));
        return $"{ApiBaseUrl}/webhooks/{webhookId}/{webhookToken}";
    }

    /// <summary>Deletes the webhook: from now on it answers 404 10015.</summary>
    public void KillWebhook(string webhookId) =>
        Store.Change(() => Store.Webhooks[webhookId] = Store.Webhooks[webhookId] with { Alive = false });

    public JsonObject BotUserJson() => new()
    {
        ["id"] = BotUserId,
        ["username"] = "blog-bot",
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
    };

    public JsonObject ToMessageJson(FakeMessage message) => new()
    {
        ["id"] = message.Id,
        ["type"] = 0,
        ["channel_id"] = message.ChannelId,
        ["content"] = message.Content ?? "",
        ["embeds"] = message.Embeds.DeepClone(),
        ["components"] = message.Body["components"]?.DeepClone() ?? new JsonArray(),
        ["author"] = BotUserJson(),
        ["timestamp"] = message.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["nonce"] = message.Nonce,
        ["flags"] = message.Flags,
        ["webhook_id"] = message.WebhookId,
    };

    public async ValueTask DisposeAsync()
    {
        Gateway.DropAll();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>Create Message (with nonce idempotency), Execute Webhook and Get Channel.</summary>
public static class FakeDiscordMessageRoutes
{
    private const int MessageFlags = FakeDiscordMessageValidator.SuppressEmbeds | FakeDiscordMessageValidator.SuppressNotifications
        | FakeDiscordMessageValidator.IsVoiceMessage | FakeDiscordMessageValidator.IsComponentsV2;

    private const int WebhookFlags = FakeDiscordMessageValidator.SuppressEmbeds | FakeDiscordMessageValidator.SuppressNotifications
        | FakeDiscordMessageValidator.IsComponentsV2;

    private static readonly TimeSpan NonceMemory = TimeSpan.FromMinutes(5);

    public static void Map(WebApplication app, FakeDiscordServer server)
    {
        app.MapGet("/api/v10/channels/{channelId}", (HttpContext context, string channelId) => GetChannelAsync(context, channelId, server));
        app.MapPost("/api/v10/channels/{channelId}/messages", (HttpContext context, string channelId) => CreateMessageAsync(context, channelId, server));
        app.MapPost("/api/v10/webhooks/{webhookId}/{webhookToken}", (HttpContext context, string webhookId, string webhookToken) =>
            ExecuteWebhookAsync(context, webhookId, webhookToken, server));
    }

    private static Task GetChannelAsync(HttpContext context, string channelId, FakeDiscordServer server)
    {
        if (!server.Store.Channels.TryGetValue(channelId, out var access))
        {
            return FakeDiscordResponses.UnknownChannelAsync(context);
        }

        return access == FakeChannelAccess.MissingAccess
            ? FakeDiscordResponses.ForbiddenAsync(context, access)
            : FakeDiscordResponses.JsonAsync(context, 200, new JsonObject
            {
                ["id"] = channelId, ["type"] = 0, ["name"] = "channel-" + channelId, ["guild_id"] = server.GuildId,
                ["permission_overwrites"] = FakeDiscordGuildRoutes.Overwrites(access, server),
            });
    }

    private static async Task CreateMessageAsync(HttpContext context, string channelId, FakeDiscordServer server)
    {
        if (!await server.RateLimits.TryAcquireAsync(context, "POST /channels/{channel_id}/messages", channelId))
        {
            return;
        }

        if (!server.Store.Channels.TryGetValue(channelId, out var access))
        {
            await FakeDiscordResponses.UnknownChannelAsync(context);
            return;
        }

        if (access != FakeChannelAccess.Allowed)
        {
            await FakeDiscordResponses.ForbiddenAsync(context, access);
            return;
        }

        if (await ReadValidMessageAsync(context, MessageFlags) is not { } body)
        {
            return;
        }

        var nonce = body["nonce"]?.ToString();
        var now = server.Time.GetUtcNow();
        var enforceNonce = body["enforce_nonce"]?.GetValue<bool>() == true && nonce is not null;
        var message = server.Store.AddMessage(
            new FakeMessage(server.Store.NewSnowflake(), channelId, null, nonce, body) { CreatedAt = now },
            enforceNonce ? m => m.ChannelId == channelId && m.WebhookId is null && m.Nonce == nonce && now - m.CreatedAt < NonceMemory : null);
        await FakeDiscordResponses.JsonAsync(context, 200, server.ToMessageJson(message));
    }

    private static async Task ExecuteWebhookAsync(HttpContext context, string webhookId, string webhookToken, FakeDiscordServer server)
    {
        if (!await server.RateLimits.TryAcquireAsync(context, "POST /webhooks/{webhook_id}/{webhook_token}", webhookId + "/" + webhookToken))
        {
            return;
        }

        if (!server.Store.Webhooks.TryGetValue(webhookId, out var webhook) || !webhook.Alive || webhook.Token != webhookToken)
        {
            await FakeDiscordResponses.ErrorAsync(context, 404, 10015, "Unknown Webhook");
            return;
        }

        if (await ReadValidMessageAsync(context, WebhookFlags) is not { } body)
        {
            return;
        }

        var message = new FakeMessage(server.Store.NewSnowflake(), webhook.ChannelId, webhookId, null, body) { CreatedAt = server.Time.GetUtcNow() };
        server.Store.AddMessage(message, null);
        var wait = context.Request.Query["wait"].ToString();
        if (wait is "true" or "True" or "1")
        {
            await FakeDiscordResponses.JsonAsync(context, 200, server.ToMessageJson(message));
        }
        else
        {
            await FakeDiscordResponses.NoContentAsync(context);
        }
    }

    private static async Task<JsonObject?> ReadValidMessageAsync(HttpContext context, int allowedFlags)
    {
        if (await FakeDiscordResponses.ReadObjectAsync(context) is not { } body)
        {
            return null;
        }

        var errors = FakeDiscordMessageValidator.Validate(body, allowedFlags);
        if (errors.Any)
        {
            await FakeDiscordResponses.InvalidFormBodyAsync(context, errors);
            return null;
        }

        if (FakeDiscordMessageValidator.IsEmpty(body))
        {
            await FakeDiscordResponses.ErrorAsync(context, 400, 50006, "Cannot send an empty message");
            return null;
        }

        return body;
    }
}

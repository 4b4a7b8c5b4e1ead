using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// What the <c>check</c> verb reads: the bot's guild member and the guild's roles, and Get Webhook with Token. The
/// @everyone role may view, send and embed; a <see cref="FakeChannelAccess.MissingPermissions"/> channel denies the bot
/// Send Messages and Embed Links through a member overwrite.
/// </summary>
public static class FakeDiscordGuildRoutes
{
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;

    public static void Map(WebApplication app, FakeDiscordServer server)
    {
        app.MapGet("/api/v10/guilds/{guildId}/members/{userId}", (HttpContext context, string guildId, string userId) =>
            guildId == server.GuildId && userId == server.BotUserId
                ? FakeDiscordResponses.JsonAsync(context, 200, new JsonObject { ["user"] = server.BotUserJson(), ["roles"] = new JsonArray() })
                : FakeDiscordResponses.ErrorAsync(context, 404, 10007, "Unknown Member"));
        app.MapGet("/api/v10/guilds/{guildId}/roles", (HttpContext context, string guildId) =>
            guildId == server.GuildId
                ? FakeDiscordResponses.JsonAsync(context, 200, new JsonArray(new JsonObject
                {
                    ["id"] = server.GuildId, ["name"] = "@everyone", ["permissions"] = Bits(ViewChannel | SendMessages | EmbedLinks), ["position"] = 0,
                }))
                : FakeDiscordResponses.ErrorAsync(context, 404, 10004, "Unknown Guild"));
        app.MapGet("/api/v10/webhooks/{webhookId}/{webhookToken}", (HttpContext context, string webhookId, string webhookToken) =>
            server.Store.Webhooks.TryGetValue(webhookId, out var hook) && hook.Alive && hook.Token == webhookToken
                ? FakeDiscordResponses.JsonAsync(context, 200, new JsonObject
                {
                    ["id"] = webhookId, ["type"] = 1, ["channel_id"] = hook.ChannelId, ["guild_id"] = server.GuildId, ["name"] = "Blog",
                })
                : FakeDiscordResponses.ErrorAsync(context, 404, 10015, "Unknown Webhook"));
    }

    public static JsonArray Overwrites(FakeChannelAccess access, FakeDiscordServer server) => access == FakeChannelAccess.MissingPermissions
        ? [new JsonObject { ["id"] = server.BotUserId, ["type"] = 1, ["allow"] = "0", ["deny"] = Bits(SendMessages | EmbedLinks) }]
        : [];

    private static string Bits(ulong bits) => bits.ToString(CultureInfo.InvariantCulture);
}

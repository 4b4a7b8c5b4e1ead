using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>Bulk overwrite of commands, interaction callbacks, <c>/gateway/bot</c> and <c>/users/@me</c>.</summary>
public static class FakeDiscordApplicationRoutes
{
    public static void Map(WebApplication app, FakeDiscordServer server)
    {
        app.MapPut("/api/v10/applications/{applicationId}/commands", (HttpContext context, string applicationId) =>
            OverwriteCommandsAsync(context, applicationId, "global", server));
        app.MapPut("/api/v10/applications/{applicationId}/guilds/{guildId}/commands", (HttpContext context, string applicationId, string guildId) =>
            OverwriteCommandsAsync(context, applicationId, guildId, server));
        app.MapPost("/api/v10/interactions/{interactionId}/{interactionToken}/callback", (HttpContext context, string interactionId, string interactionToken) =>
            CallbackAsync(context, interactionId, interactionToken, server));
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) => FakeDiscordResponses.JsonAsync(context, 200, new JsonObject
        {
            ["url"] = server.GatewayUrl,
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
        }));
        app.MapGet("/api/v10/users/@me", (HttpContext context) => FakeDiscordResponses.JsonAsync(context, 200, server.BotUserJson()));
    }

    private static async Task OverwriteCommandsAsync(HttpContext context, string applicationId, string scope, FakeDiscordServer server)
    {
        if (applicationId != server.ApplicationId)
        {
            await FakeDiscordResponses.ErrorAsync(context, 403, 50001, "Missing Access");
            return;
        }

        JsonArray? commands = null;
        try
        {
            commands = JsonNode.Parse((string)context.Items["body"]!) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        if (commands is null)
        {
            await FakeDiscordResponses.ErrorAsync(context, 400, 50109, "The request body contains invalid JSON.");
            return;
        }

        var errors = FakeDiscordCommandValidator.Validate(commands);
        if (errors.Any)
        {
            await FakeDiscordResponses.InvalidFormBodyAsync(context, errors);
            return;
        }

        foreach (var command in commands.OfType<JsonObject>())
        {
            command["id"] = server.Store.NewSnowflake();
            command["application_id"] = server.ApplicationId;
            command["version"] = server.Store.NewSnowflake();
            command["type"] ??= 1;
        }

        server.Store.SetCommands(scope, commands);
        await FakeDiscordResponses.JsonAsync(context, 200, commands.DeepClone());
    }

    private static async Task CallbackAsync(HttpContext context, string interactionId, string interactionToken, FakeDiscordServer server)
    {
        var now = server.Time.GetUtcNow();
        FakeInteraction? interaction;
        lock (server.Store.Gate)
        {
            interaction = server.Store.Interactions.GetValueOrDefault(interactionId);
        }

        if (interaction is null || interaction.Token != interactionToken || now - interaction.DispatchedAt > FakeInteraction.ResponseDeadline)
        {
            await FakeDiscordResponses.ErrorAsync(context, 404, 10062, "Unknown interaction");
            return;
        }

        if (await FakeDiscordResponses.ReadObjectAsync(context) is not { } body)
        {
            return;
        }

        var errors = FakeDiscordCallbackValidator.Validate(body, interaction.Type);
        if (errors.Any)
        {
            await FakeDiscordResponses.InvalidFormBodyAsync(context, errors);
            return;
        }

        var first = false;
        server.Store.Change(() =>
        {
            first = !interaction.Acknowledged;
            interaction.Acknowledged = true;
        });
        if (!first)
        {
            await FakeDiscordResponses.ErrorAsync(context, 400, 40060, "Interaction has already been acknowledged.");
            return;
        }

        server.Store.Record(new RecordedCallback(interactionId, body["type"]!.GetValue<int>(), body, now - interaction.DispatchedAt));
        await FakeDiscordResponses.NoContentAsync(context);
    }
}

using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// What every REST request must get right before any route runs: the <c>/api/v10</c> prefix, a
/// <c>DiscordBot (url, version)</c> User-Agent, and <c>Authorization: Bot token</c> except on the token-in-path
/// routes (webhooks, interaction callbacks). Records each request with the status it got.
/// </summary>
public static class FakeDiscordRequestChecks
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, FakeDiscordServer server)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Items["body"] = body;
        var authorization = context.Request.Headers.Authorization.ToString();
        var userAgent = context.Request.Headers.UserAgent.ToString();
        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            await FakeDiscordResponses.ErrorAsync(context, 400, 0, "Unsupported API version: use /api/v10 (unversioned paths route to the deprecated v6)");
        }
        else if (!userAgent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            await FakeDiscordResponses.ErrorAsync(context, 400, 0, "Invalid User-Agent: expected 'DiscordBot ($url, $versionNumber)'");
        }
        else if (server.Store.TakeFailure() is { } failure)
        {
            await FakeDiscordResponses.ErrorAsync(context, failure, 0, failure + ": Server Error");
        }
        else if (NeedsBotToken(path) && authorization != "Bot " + server.Token)
        {
            await FakeDiscordResponses.UnauthorizedAsync(context);
        }
        else
        {
            await next(context);
        }

        server.Store.Record(new RecordedRequest(
            context.Request.Method,
            path + context.Request.QueryString,
            authorization.Length == 0 ? null : authorization,
            userAgent.Length == 0 ? null : userAgent,
            body,
            context.Response.StatusCode));
    }

    private static bool NeedsBotToken(string path) =>
        !path.StartsWith("/api/v10/webhooks/", StringComparison.Ordinal)
        && !path.StartsWith("/api/v10/interactions/", StringComparison.Ordinal);
}

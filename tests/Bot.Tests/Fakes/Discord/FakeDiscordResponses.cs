using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>Writes answers in Discord's shapes: JSON bodies, <c>{code, message}</c> errors, 50035 form errors.</summary>
public static class FakeDiscordResponses
{
    public static async Task JsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public static Task ErrorAsync(HttpContext context, int status, int code, string message) =>
        JsonAsync(context, status, new JsonObject { ["message"] = message, ["code"] = code });

    public static Task InvalidFormBodyAsync(HttpContext context, FakeDiscordFormErrors errors) =>
        JsonAsync(context, 400, new JsonObject
        {
            ["code"] = 50035,
            ["message"] = "Invalid Form Body",
            ["errors"] = errors.ToJson(),
        });

    public static Task UnauthorizedAsync(HttpContext context) => ErrorAsync(context, 401, 0, "401: Unauthorized");

    public static Task UnknownChannelAsync(HttpContext context) => ErrorAsync(context, 404, 10003, "Unknown Channel");

    public static Task ForbiddenAsync(HttpContext context, FakeChannelAccess access) => access switch
    {
        FakeChannelAccess.MissingAccess => ErrorAsync(context, 403, 50001, "Missing Access"),
        _ => ErrorAsync(context, 403, 50013, "Missing Permissions"),
    };

    public static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    /// <summary>Reads the body as a JSON object, or answers 50035 / 50109 and returns null.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var errors = new FakeDiscordFormErrors();
            errors.Add("content_type", "CONTENT_TYPE_INVALID", string.Create(CultureInfo.InvariantCulture, $"Expected \"application/json\", got \"{contentType}\"."));
            await InvalidFormBodyAsync(context, errors);
            return null;
        }

        var text = (string)context.Items["body"]!;
        try
        {
            if (JsonNode.Parse(text) is JsonObject body)
            {
                return body;
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        await ErrorAsync(context, 400, 50109, "The request body contains invalid JSON.");
        return null;
    }
}

using System.Net;
using System.Text.Json;
using Bot.Discord.Models;
using Bot.Discord.Serialization;

namespace Bot.Discord.Rest;

/// <summary>Turns a failed answer into a <see cref="DiscordApiException"/> with Discord's code and message.</summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#http-http-response-codes</remarks>
internal static class DiscordErrors
{
    public static async Task<DiscordApiException> FromResponseAsync(
        HttpResponseMessage response, DiscordRoute route, string? secret, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = TryParse(text);
        TimeSpan? retryAfter = null;
        if (status == HttpStatusCode.TooManyRequests)
        {
            retryAfter = (await RateLimitHeaders.ReadRetryAfterAsync(response, cancellationToken)).RetryAfter;
        }

        var permanent = (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests;
        var dead = route.IsWebhook && status == HttpStatusCode.NotFound;
        var detail = body?.Code is { } code ? $": {code} {body.Message}" : body?.Message is { } m ? $": {m}" : string.Empty;
        var advice = dead ? " The webhook was deleted; it will not be used again." : string.Empty;
        var message = Redact($"Discord {route.Display} failed with HTTP {(int)status} {status}{detail}.{advice}", secret, route);
        return new DiscordApiException(message)
        {
            StatusCode = status,
            DiscordCode = body?.Code,
            DiscordMessage = body?.Message is { } bodyMessage ? Redact(bodyMessage, secret, route) : null,
            IsPermanent = permanent,
            IsWebhookDead = dead,
            RetryAfter = retryAfter,
            Route = route.Display,
        };
    }

    public static DiscordApiException DeadWebhook(DiscordRoute route) =>
        new($"Discord {route.Display} not sent: the webhook answered 404 before and must not be used again.")
        {
            StatusCode = HttpStatusCode.NotFound,
            IsPermanent = true,
            IsWebhookDead = true,
            Route = route.Display,
        };

    /// <summary>The cause in one line: the bounded handler's own words, or what the socket said.</summary>
    public static DiscordApiException Unreachable(DiscordRoute route, Exception cause, string? secret)
    {
        var inner = cause.InnerException is System.Net.Sockets.SocketException socket ? $" ({socket.Message})" : "";
        var words = cause is TaskCanceledException ? "no answer in time" : cause.Message + inner;
        return new(Redact($"Discord {route.Display}: {words}", secret, route)) { Route = route.Display };
    }

    /// <summary>The limiter would have had to wait past the call's deadline: not sent, try again at the time given.</summary>
    public static DiscordApiException Deferred(DiscordRoute route, RateLimitDeferral deferral, DateTimeOffset now) =>
        new($"Discord {route.Display} not sent: {deferral.Message}")
        {
            Route = route.Display,
            RetryAfter = deferral.RetryAt > now ? deferral.RetryAt - now : TimeSpan.Zero,
            RetryAt = deferral.RetryAt,
        };

    public static DiscordApiException Unreadable(DiscordRoute route, Exception? cause) =>
        new($"Discord {route.Display} answered with a body that could not be read{(cause is null ? "." : ": " + cause.Message)}")
        {
            Route = route.Display,
        };

    private static DiscordErrorBody? TryParse(string text)
    {
        try
        {
            return text.StartsWith('{') ? JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordErrorBody) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Redact(string text, string? secret, DiscordRoute route) =>
        RedactOne(RedactOne(text, secret), route.Secret);

    private static string RedactOne(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "(redacted)", StringComparison.Ordinal);
}

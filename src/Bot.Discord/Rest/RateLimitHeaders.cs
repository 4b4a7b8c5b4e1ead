using System.Globalization;
using System.Text.Json;
using Bot.Discord.Models;
using Bot.Discord.Serialization;

namespace Bot.Discord.Rest;

/// <summary>Reads Discord's rate-limit headers and 429 bodies.</summary>
/// <remarks>https://discord.com/developers/docs/topics/rate-limits#header-format</remarks>
internal static class RateLimitHeaders
{
    public static void Apply(HttpResponseMessage response, DiscordRoute route, DiscordRateLimiter limiter)
    {
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } bucketId)
        {
            limiter.Promote(route, bucketId);
        }

        if (int.TryParse(Header(response, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && TryParseSeconds(Header(response, "X-RateLimit-Reset-After"), out var resetAfter))
        {
            limiter.BucketFor(route).Update(remaining, limiter.Now + resetAfter);
        }
    }

    /// <summary>
    /// The body's <c>retry_after</c> (seconds with decimals) is preferred over the whole-second <c>Retry-After</c>
    /// header; the limit is global when the body or <c>X-RateLimit-Global</c> says so.
    /// </summary>
    /// <remarks>https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit</remarks>
    public static async Task<(TimeSpan RetryAfter, bool Global)> ReadRetryAfterAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var global = string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var body = await TryReadBodyAsync(response, cancellationToken);
        if (body is not null && body.RetryAfter > 0)
        {
            return (TimeSpan.FromSeconds(body.RetryAfter), global || body.Global);
        }

        if (TryParseSeconds(Header(response, "Retry-After"), out var header))
        {
            return (header, global || body?.Global == true);
        }

        return (TimeSpan.FromSeconds(1), global || body?.Global == true);
    }

    private static async Task<RateLimitBody?> TryReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, DiscordJsonContext.Default.RateLimitBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryParseSeconds(string? value, out TimeSpan seconds)
    {
        var ok = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0;
        seconds = ok ? TimeSpan.FromSeconds(number) : TimeSpan.Zero;
        return ok;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}

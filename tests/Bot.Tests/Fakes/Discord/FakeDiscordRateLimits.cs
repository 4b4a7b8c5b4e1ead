using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// Header-driven rate limits like Discord's: one window per route and major parameter (channel or webhook), a bucket
/// hash per route, 429 bodies with a decimal <c>retry_after</c>, and a switch for a global 429. Time comes from the
/// injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class FakeDiscordRateLimits(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset ResetAt, int Used)> windows = new(StringComparer.Ordinal);
    private DateTimeOffset globalUntil = DateTimeOffset.MinValue;
    private int served429;

    /// <summary>Requests per window per route and major parameter (Discord's historic 5 per 5 s per channel).</summary>
    public int Limit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many 429 answers the fake has served, route and global.</summary>
    public int TooManyRequestsServed => Volatile.Read(ref served429);

    /// <summary>Every rate-limited request answers a global 429 until <paramref name="duration"/> has passed.</summary>
    public void ForceGlobal(TimeSpan duration)
    {
        lock (gate)
        {
            globalUntil = time.GetUtcNow() + duration;
        }
    }

    /// <summary>Counts the request in its bucket and writes the headers; on false a 429 has been written.</summary>
    public async Task<bool> TryAcquireAsync(HttpContext context, string route, string majorParameter)
    {
        var now = time.GetUtcNow();
        var bucket = BucketHash(route);
        bool allowed;
        bool global;
        TimeSpan resetAfter;
        int remaining;
        lock (gate)
        {
            global = now < globalUntil;
            var key = $"{route}:{majorParameter}";
            var window = windows.TryGetValue(key, out var w) && w.ResetAt > now ? w : (ResetAt: now + Window, Used: 0);
            allowed = !global && window.Used < Limit;
            if (allowed)
            {
                window.Used++;
            }

            windows[key] = window;
            remaining = Limit - window.Used;
            resetAfter = global ? globalUntil - now : window.ResetAt - now;
        }

        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = ((now + resetAfter).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = bucket;
        if (allowed)
        {
            return true;
        }

        Interlocked.Increment(ref served429);
        headers["Retry-After"] = Math.Ceiling(resetAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        await FakeDiscordResponses.JsonAsync(context, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(resetAfter.TotalSeconds, 3),
            ["global"] = global,
        });
        return false;
    }

    private static string BucketHash(string route) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route)))[..32];
}

using System.Collections.Concurrent;
using System.Net;

namespace Bot.Discord.Rest;

/// <summary>
/// Keeps a bot inside Discord's REST limits (Discord docs, "Rate Limits": per-route limits keyed by the top-level
/// resource, the <c>X-RateLimit-*</c> headers, the global limit of 50 requests a second that interaction endpoints are
/// not bound by, and "Exceeding A Rate Limit"): buckets per route and major parameter, promoted to the
/// <c>X-RateLimit-Bucket</c> id once seen; waits on <c>Remaining</c>/<c>Reset-After</c> before sending; a global 429
/// pauses every route. Every call carries a deadline: a wait that would end after it is not slept through, the call
/// ends with "retry at T" (<see cref="RateLimitDeferral"/>) and nothing is sent. A 429 is sent again only when the
/// caller allows retries and the retry fits before the deadline; otherwise the 429 is returned, its pause recorded,
/// and the caller (the outbox loop for deliveries) owns the retry. Share one instance per bot token.
/// </summary>
/// <remarks>https://discord.com/developers/docs/topics/rate-limits</remarks>
public sealed class DiscordRateLimiter : IDisposable
{
    /// <remarks>https://discord.com/developers/docs/topics/rate-limits#global-rate-limit</remarks>
    public const int GlobalRequestsPerSecond = 50;

    private const int PruneEvery = 1000;

    private readonly TimeProvider _time;
    private readonly Action<RateLimitWait>? _onWait;
    private readonly SlidingWindowGate _globalCeiling;
    private readonly ConcurrentDictionary<string, string> _bucketIdByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _deadWebhooks = new(StringComparer.Ordinal);
    private readonly Lock _globalPauseLock = new();
    private DateTimeOffset _globalPauseUntil;
    private int _bucketsCreated;

    /// <param name="timeProvider">Clock for every wait.</param>
    /// <param name="onWait">Hears about each wait once its timer is set (for logs and tests).</param>
    /// <param name="globalRequestsPerSecond">The global ceiling; Discord grants some large bots more than 50.</param>
    public DiscordRateLimiter(TimeProvider? timeProvider = null, Action<RateLimitWait>? onWait = null, int globalRequestsPerSecond = GlobalRequestsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(globalRequestsPerSecond, 1);
        _time = timeProvider ?? TimeProvider.System;
        _onWait = onWait;
        _globalCeiling = new SlidingWindowGate(globalRequestsPerSecond, TimeSpan.FromSeconds(1), _time);
    }

    /// <summary>
    /// Sends through the limiter; returns the answer (a 429 when no retry was allowed or none fits before
    /// <paramref name="notAfter"/>). Throws <see cref="RateLimitDeferral"/> instead of waiting past the deadline.
    /// </summary>
    internal async Task<HttpResponseMessage> SendAsync(
        DiscordRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, int maxRetries, DateTimeOffset notAfter,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bucket = BucketFor(route);
            await TakeTurnAsync(bucket, notAfter, cancellationToken);
            HttpResponseMessage response;
            try
            {
                // Interaction callbacks are not bound by the global limit, and their 3 s deadline cannot wait for it.
                if (!route.ExemptFromGlobalLimit)
                {
                    await WaitForGlobalPauseAsync(route, notAfter, cancellationToken);
                }

                if (bucket.BlockedUntil(_time.GetUtcNow()) is { } resetAt)
                {
                    await DelayUntilAsync(resetAt, notAfter, route, RateLimitWaitReason.Bucket, cancellationToken);
                }

                if (!route.ExemptFromGlobalLimit)
                {
                    await _globalCeiling.WaitAsync(
                        delay => _onWait?.Invoke(new RateLimitWait(route.Display, delay, RateLimitWaitReason.GlobalCeiling)),
                        cancellationToken);
                }

                response = await send(cancellationToken);
                RateLimitHeaders.Apply(response, route, this);
            }
            finally
            {
                bucket.Gate.Release();
            }

            if (response.StatusCode == HttpStatusCode.NotFound && route.IsWebhook)
            {
                _deadWebhooks[route.MajorParameter] = true;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var (retryAfter, global) = await RateLimitHeaders.ReadRetryAfterAsync(response, cancellationToken);
            Pause(route, retryAfter, global);
            if (attempt >= maxRetries || _time.GetUtcNow() + retryAfter > notAfter)
            {
                return response;
            }

            response.Dispose();
        }
    }

    /// <summary>One request per bucket in flight; waiting for the turn past the deadline gives "retry at the deadline".</summary>
    private async Task TakeTurnAsync(RouteBucket bucket, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        var left = notAfter - _time.GetUtcNow();
        if (left < TimeSpan.Zero)
        {
            throw new RateLimitDeferral(notAfter, RateLimitWaitReason.Bucket);
        }

        var turn = bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            await turn.WaitAsync(left, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The turn may still come; hand it straight back so the bucket is not held by nobody.
            _ = turn.ContinueWith(t => bucket.Gate.Release(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw new RateLimitDeferral(notAfter, RateLimitWaitReason.Bucket);
        }
    }

    /// <summary>True once a webhook answered 404: it must not be used again.</summary>
    internal bool IsWebhookDead(DiscordRoute route) => route.IsWebhook && _deadWebhooks.ContainsKey(route.MajorParameter);

    internal void Promote(DiscordRoute route, string bucketId) => _bucketIdByRoute[route.RouteKey] = bucketId;

    internal RouteBucket BucketFor(DiscordRoute route)
    {
        var key = _bucketIdByRoute.TryGetValue(route.RouteKey, out var bucketId)
            ? $"{bucketId}|{route.MajorParameter}"
            : $"{route.RouteKey}|{route.MajorParameter}";
        return _buckets.TryGetValue(key, out var bucket) ? bucket : _buckets.GetOrAdd(key, NewBucket);
    }

    /// <summary>Every interaction gets its own route key; forget idle buckets now and then so memory stays flat.</summary>
    private RouteBucket NewBucket(string key)
    {
        if (Interlocked.Increment(ref _bucketsCreated) % PruneEvery == 0)
        {
            var now = _time.GetUtcNow();
            foreach (var (idleKey, idle) in _buckets.Where(pair => pair.Value.IsIdle(now)).ToList())
            {
                _buckets.TryRemove(new KeyValuePair<string, RouteBucket>(idleKey, idle));
            }
        }

        return new RouteBucket();
    }

    internal DateTimeOffset Now => _time.GetUtcNow();

    internal int TrackedBuckets => _buckets.Count;

    private void Pause(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        var until = _time.GetUtcNow() + retryAfter;
        if (!global)
        {
            BucketFor(route).Update(0, until);
            return;
        }

        lock (_globalPauseLock)
        {
            if (until > _globalPauseUntil)
            {
                _globalPauseUntil = until;
            }
        }
    }

    private async Task WaitForGlobalPauseAsync(DiscordRoute route, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset until;
            lock (_globalPauseLock)
            {
                until = _globalPauseUntil;
            }

            if (until <= _time.GetUtcNow())
            {
                return;
            }

            await DelayUntilAsync(until, notAfter, route, RateLimitWaitReason.GlobalPause, cancellationToken);
        }
    }

    /// <summary>
    /// Timers count whole milliseconds and may fire up to one early: look at the clock again rather than send into a
    /// window that has not reset yet (Discord would answer 429). A wait past the deadline is not started.
    /// </summary>
    private async Task DelayUntilAsync(
        DateTimeOffset until, DateTimeOffset notAfter, DiscordRoute route, RateLimitWaitReason reason, CancellationToken cancellationToken)
    {
        var delay = until - _time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (until > notAfter)
        {
            throw new RateLimitDeferral(until, reason);
        }

        var waiting = Task.Delay(delay, _time, cancellationToken);
        _onWait?.Invoke(new RateLimitWait(route.Display, delay, reason));
        await waiting;
        while (until - _time.GetUtcNow() is var rest && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, _time, cancellationToken);
        }
    }

    public void Dispose()
    {
        _globalCeiling.Dispose();
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}

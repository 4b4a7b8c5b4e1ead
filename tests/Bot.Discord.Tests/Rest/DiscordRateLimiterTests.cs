using System.Net;
using Bot.Discord.Models;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private static readonly MessageCreateRequest Body = new() { Content = "hi" };

    [Fact]
    public async Task CreateMessageAsync_BucketExhausted_WaitsResetAfterBeforeSending()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5"), ("X-RateLimit-Bucket", "b1"));
        await harness.Client.CreateMessageAsync("42", Body);

        var second = harness.Client.CreateMessageAsync("42", Body);
        var wait = await harness.NextWaitAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.False(second.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new RateLimitWait("POST /channels/42/messages", TimeSpan.FromSeconds(2.5), RateLimitWaitReason.Bucket), wait);
        Assert.Equal(harness.Start.AddSeconds(2.5), harness.Handler.Requests[1].At);
    }

    [Fact]
    public async Task CreateMessageAsync_TimerFiresEarly_StillSendsOnlyOnceTheBucketReset()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var handler = new ScriptedHttpHandler(time);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var limiter = new DiscordRateLimiter(new EarlyTimerTimeProvider(time, TimeSpan.FromMilliseconds(1)), _ => waiting.TrySetResult());
        using var client = new DiscordRestClient(handler, new DiscordRestOptions { Token = RestHarness.Token, ApiBaseUrl = new Uri("https://discord.test/api"), TimeProvider = time }, limiter);
        handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5"), ("X-RateLimit-Bucket", "b1"));
        await client.CreateMessageAsync("42", Body);

        // started away from xunit's context, so the timer's continuation runs inside Advance
        var second = Task.Run(() => client.CreateMessageAsync("42", Body));
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromMilliseconds(2499));
        Assert.Single(handler.Requests);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(time.Start.AddSeconds(2.5), handler.Requests[1].At);
    }

    [Fact]
    public async Task CreateMessageAsync_OtherChannelExhausted_SendsAtOnce()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "5"), ("X-RateLimit-Bucket", "b1"));
        await harness.Client.CreateMessageAsync("42", Body);

        await harness.Client.CreateMessageAsync("43", Body).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(harness.Start, harness.Handler.Requests[1].At);
        Assert.False(harness.HasWaited);
    }

    [Fact]
    public async Task GetChannelAsync_SharesBucketIdWithExhaustedRoute_WaitsForThatBucket()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"42"}""", ("X-RateLimit-Remaining", "5"), ("X-RateLimit-Reset-After", "1"), ("X-RateLimit-Bucket", "shared"));
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "4"), ("X-RateLimit-Bucket", "shared"));
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"42"}""");
        await harness.Client.GetChannelAsync("42");
        await harness.Client.CreateMessageAsync("42", Body);

        var third = harness.Client.GetChannelAsync("42");
        var wait = await harness.NextWaitAsync();
        harness.Time.Advance(wait.Delay);
        await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(4), wait.Delay);
        Assert.Equal(harness.Start.AddSeconds(4), harness.Handler.Requests[2].At);
    }

    [Fact]
    public async Task CreateMessageAsync_Global429_PausesEveryRouteForBodyRetryAfter()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.5,"global":true}""",
            ("Retry-After", "2"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));

        var first = harness.Client.CreateMessageAsync("42", Body);
        var firstWait = await harness.NextWaitAsync();
        var other = harness.Client.CreateMessageAsync("43", Body);
        var otherWait = await harness.NextWaitAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(1.5));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(RateLimitWaitReason.GlobalPause, firstWait.Reason);
        Assert.Equal(TimeSpan.FromSeconds(1.5), firstWait.Delay);
        Assert.Equal(new RateLimitWait("POST /channels/43/messages", TimeSpan.FromSeconds(1.5), RateLimitWaitReason.GlobalPause), otherWait);
        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.All(harness.Handler.Requests.Skip(1), r => Assert.Equal(harness.Start.AddSeconds(1.5), r.At));
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_DuringGlobalPause_IsNotHeldBack()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":5,"global":true}""");
        var limited = harness.Client.CreateMessageAsync("42", Body);
        await harness.NextWaitAsync();

        await harness.Client.CreateInteractionResponseAsync("1", "t", new InteractionCallback { Type = InteractionCallbackType.ChannelMessageWithSource, Data = new() { Content = "ok" } })
            .WaitAsync(TimeSpan.FromSeconds(10));
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await limited.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("/callback", harness.Handler.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(harness.Start, harness.Handler.Requests[1].At);
        Assert.Equal(harness.Start.AddSeconds(5), harness.Handler.Requests[2].At);
    }

    [Fact]
    public async Task CreateMessageAsync_Route429_RetriesThatRouteOnlyAfterRetryAfter()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.75,"global":false}""", ("Retry-After", "1"));

        var limited = harness.Client.CreateMessageAsync("42", Body);
        var wait = await harness.NextWaitAsync();
        await harness.Client.CreateMessageAsync("43", Body).WaitAsync(TimeSpan.FromSeconds(10));
        harness.Time.Advance(TimeSpan.FromSeconds(0.75));
        await limited.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new RateLimitWait("POST /channels/42/messages", TimeSpan.FromSeconds(0.75), RateLimitWaitReason.Bucket), wait);
        Assert.Equal(["42", "43", "42"], harness.Handler.Requests.Select(r => r.Uri.Segments[4].TrimEnd('/')));
        Assert.Equal(harness.Start, harness.Handler.Requests[1].At);
        Assert.Equal(harness.Start.AddSeconds(0.75), harness.Handler.Requests[2].At);
    }

    [Fact]
    public async Task CreateMessageAsync_429WithoutBody_FallsBackToRetryAfterHeader()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "3" } } });

        var limited = harness.Client.CreateMessageAsync("42", Body);
        var wait = await harness.NextWaitAsync();
        harness.Time.Advance(wait.Delay);
        await limited.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(3), wait.Delay);
    }

    [Fact]
    public async Task CreateMessageAsync_429BeyondRetryBudget_ThrowsTransientWithRetryAfter()
    {
        using var harness = new RestHarness(maxRetries: 2);
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.5,"global":false,"code":20028}""");

        var call = harness.Client.CreateMessageAsync("42", Body);
        for (var i = 0; i < 2; i++)
        {
            harness.Time.Advance((await harness.NextWaitAsync()).Delay);
        }

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(20028, error.DiscordCode);
        Assert.False(error.IsPermanent);
        Assert.Equal(TimeSpan.FromSeconds(0.5), error.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task CreateMessageAsync_PermanentStatus_IsNeverRetried(HttpStatusCode status)
    {
        using var harness = new RestHarness();
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(status, """{"code":50001,"message":"Missing Access"}""");

        await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", Body));
        await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("43", Body));

        Assert.Equal(2, harness.Handler.Requests.Count);
        Assert.False(harness.HasWaited);
    }
}

using System.Net;
using Bot.Discord.Models;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

/// <summary>The limiter answers "retry at T" instead of sleeping past a call's deadline; the caller owns 429 retries.</summary>
public sealed class RateLimitDeadlineTests
{
    private static readonly MessageCreateRequest Body = new() { Content = "hi" };
    private static readonly InteractionCallback Pong = new() { Type = InteractionCallbackType.Pong };

    [Fact]
    public async Task CreateMessageAsync_DefaultOptions429_ReturnedOnceWithRetryAfterNotRetried()
    {
        using var harness = new RestHarness(maxRetries: new DiscordRestOptions().MaxRateLimitRetries);
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":4.5,"global":false}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", Body).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(4.5), error.RetryAfter);
        Assert.False(harness.HasWaited);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketResetsAfterMaxWait_AnswersRetryAtWithoutSendingOrSleeping()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "60"));
        await harness.Client.CreateMessageAsync("42", Body);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", Body).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Single(harness.Handler.Requests);
        Assert.Null(error.StatusCode);
        Assert.Equal(harness.Start.AddSeconds(60), error.RetryAt);
        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Contains("not sent: rate limited until 00:01:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketResetsWithinMaxWait_WaitsAndSends()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"));
        await harness.Client.CreateMessageAsync("42", Body);

        var second = harness.Client.CreateMessageAsync("42", Body);
        harness.Time.Advance((await harness.NextWaitAsync()).Delay);
        await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_429RetryAfterPastThreeSeconds_NotRetriedEvenWithRetriesAllowed()
    {
        using var harness = new RestHarness(maxRetries: 3);
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":5,"global":false}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateInteractionResponseAsync("7", "itoken", Pong).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.False(harness.HasWaited);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_DeadlineAlreadyPassed_NothingSent()
    {
        using var harness = new RestHarness();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client
            .CreateInteractionResponseAsync("7", "itoken", Pong, harness.Start.AddSeconds(-1)).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Empty(harness.Handler.Requests);
        Assert.DoesNotContain("itoken", error.Message, StringComparison.Ordinal);
    }
}

using Bot.Discord.Models;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class GlobalCeilingTests
{
    [Fact]
    public async Task CreateMessageAsync_FiftyFirstRequestInOneSecond_WaitsForTheWindow()
    {
        using var harness = new RestHarness();
        var body = new MessageCreateRequest { Content = "x" };
        for (var channel = 1; channel <= DiscordRateLimiter.GlobalRequestsPerSecond; channel++)
        {
            await harness.Client.CreateMessageAsync(channel.ToString(), body);
        }

        var extra = harness.Client.CreateMessageAsync("999", body);
        var wait = await harness.NextWaitAsync();
        harness.Time.Advance(wait.Delay);
        await extra.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new RateLimitWait("POST /channels/999/messages", TimeSpan.FromSeconds(1), RateLimitWaitReason.GlobalCeiling), wait);
        Assert.Equal(50, harness.Handler.Requests.Count(r => r.At == harness.Start));
        Assert.Equal(harness.Start.AddSeconds(1), harness.Handler.Requests[^1].At);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_SixtyInOneSecond_AreNotHeldByTheGlobalCeiling()
    {
        using var harness = new RestHarness();
        var callback = new InteractionCallback { Type = InteractionCallbackType.ChannelMessageWithSource, Data = new() { Content = "ok" } };
        for (var channel = 1; channel <= DiscordRateLimiter.GlobalRequestsPerSecond; channel++)
        {
            await harness.Client.CreateMessageAsync(channel.ToString(), new MessageCreateRequest { Content = "x" });
        }

        for (var id = 1; id <= 60; id++)
        {
            await harness.Client.CreateInteractionResponseAsync(id.ToString(), "token-" + id, callback).WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(110, harness.Handler.Requests.Count(r => r.At == harness.Start));
        Assert.False(harness.HasWaited);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_ThousandsOfInteractions_KeepsBucketCountBounded()
    {
        using var harness = new RestHarness();
        var callback = new InteractionCallback { Type = InteractionCallbackType.ChannelMessageWithSource, Data = new() { Content = "ok" } };

        for (var id = 1; id <= 2500; id++)
        {
            await harness.Client.CreateInteractionResponseAsync(id.ToString(), "token-" + id, callback);
        }

        Assert.Equal(2500, harness.Handler.Requests.Count);
        Assert.InRange(harness.Limiter.TrackedBuckets, 1, 1000);
    }
}

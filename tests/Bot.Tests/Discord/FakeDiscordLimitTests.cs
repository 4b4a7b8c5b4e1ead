using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

public sealed class FakeDiscordLimitTests : IAsyncLifetime
{
    private const string Channel = "900";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer server = null!;
    private FakeDiscordClient client = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync(time);
        server.AddChannel(Channel);
        client = new FakeDiscordClient(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task CreateMessage_SixthInWindow_Returns429WithDecimalRetryAfterUntilReset()
    {
        var body = new JsonObject { ["content"] = "hi" };
        for (var i = 0; i < 5; i++)
        {
            var (status, _, response) = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);
            Assert.Equal(200, status);
            Assert.Equal((4 - i).ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        time.Advance(TimeSpan.FromSeconds(1.5));
        var limited = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);
        time.Advance(TimeSpan.FromSeconds(3.5));
        var afterReset = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);

        Assert.Equal(429, limited.Status);
        Assert.Equal(3.5, limited.Body!["retry_after"]!.GetValue<double>(), precision: 3);
        Assert.False(limited.Body["global"]!.GetValue<bool>());
        Assert.Equal("4", limited.Response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("user", limited.Response.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Single(limited.Response.Headers.GetValues("X-RateLimit-Bucket"));
        Assert.Equal(200, afterReset.Status);
        Assert.Equal(1, server.RateLimits.TooManyRequestsServed);
        Assert.Equal(6, server.Store.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_OtherChannel_HasItsOwnWindowInTheSameBucket()
    {
        server.AddChannel("901");
        server.RateLimits.Limit = 1;

        var first = await client.PostAsync($"/api/v10/channels/{Channel}/messages", new JsonObject { ["content"] = "a" });
        var other = await client.PostAsync("/api/v10/channels/901/messages", new JsonObject { ["content"] = "b" });

        Assert.Equal(200, other.Status);
        Assert.Equal(first.Response.Headers.GetValues("X-RateLimit-Bucket").Single(), other.Response.Headers.GetValues("X-RateLimit-Bucket").Single());
    }

    [Fact]
    public async Task CreateMessage_GlobalForced_Returns429GlobalUntilItPasses()
    {
        server.RateLimits.ForceGlobal(TimeSpan.FromSeconds(2.25));

        var limited = await client.PostAsync($"/api/v10/channels/{Channel}/messages", new JsonObject { ["content"] = "a" });
        time.Advance(TimeSpan.FromSeconds(2.25));
        var after = await client.PostAsync($"/api/v10/channels/{Channel}/messages", new JsonObject { ["content"] = "a" });

        Assert.Equal(429, limited.Status);
        Assert.True(limited.Body!["global"]!.GetValue<bool>());
        Assert.Equal(2.25, limited.Body["retry_after"]!.GetValue<double>(), precision: 3);
        Assert.Equal("true", limited.Response.Headers.GetValues("X-RateLimit-Global").Single());
        Assert.Equal(200, after.Status);
    }

    [Theory]
    [InlineData("?wait=true", 200, 1)]
    [InlineData("", 204, 1)]
    public async Task ExecuteWebhook_Alive_PostsAndAnswersPerWait(string query, int expectedStatus, int expectedMessages)
    {
        var url = new Uri(server.AddWebhook("700", "secret-webhook-token", Channel));
        client.Token = null;

        var (status, body, _) = await client.PostAsync(url.PathAndQuery + query, new JsonObject { ["content"] = "hi" });

        Assert.Equal(expectedStatus, status);
        Assert.Equal(expectedMessages, server.Store.Messages.Count);
        Assert.Equal("700", server.Store.Messages[0].WebhookId);
        Assert.True(expectedStatus == 204 || body!["id"] is not null);
    }

    [Theory]
    [InlineData(false, "wrong-token")]
    [InlineData(true, "secret-webhook-token")]
    public async Task ExecuteWebhook_UnknownOrDeleted_Returns10015(bool kill, string token)
    {
        server.AddWebhook("700", "secret-webhook-token", Channel);
        if (kill)
        {
            server.KillWebhook("700");
        }

        var (status, body, _) = await client.PostAsync($"/api/v10/webhooks/700/{token}?wait=true", new JsonObject { ["content"] = "hi" });

        Assert.Equal(404, status);
        Assert.Equal(10015, body!["code"]!.GetValue<int>());
        Assert.Empty(server.Store.Messages);
    }
}

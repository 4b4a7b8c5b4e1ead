using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

public sealed class FakeDiscordRestTests : IAsyncLifetime
{
    private const string Channel = "900";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer server = null!;
    private FakeDiscordClient client = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync(time);
        server.AddChannel(Channel);
        server.RateLimits.Limit = 1000;
        client = new FakeDiscordClient(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("content-2000")]
    [InlineData("content-2001")]
    [InlineData("cjk-content-2000")]
    [InlineData("title-257")]
    [InlineData("description-4097")]
    [InlineData("fields-26")]
    [InlineData("field-name-257")]
    [InlineData("field-value-1025")]
    [InlineData("footer-2049")]
    [InlineData("author-257")]
    [InlineData("embeds-11")]
    [InlineData("total-6000")]
    [InlineData("total-6001")]
    [InlineData("image-https")]
    [InlineData("image-data-uri")]
    [InlineData("image-relative")]
    [InlineData("image-2049")]
    [InlineData("thumbnail-no-url")]
    [InlineData("thumbnail-ftp")]
    [InlineData("nonce-26")]
    [InlineData("custom-id-101")]
    [InlineData("custom-id-empty")]
    [InlineData("buttons-6")]
    [InlineData("rows-6")]
    [InlineData("select-options-26")]
    [InlineData("select-options-25")]
    [InlineData("mentions-bad")]
    public async Task CreateMessage_BodyAtOrPastLimit_AcceptsOrNamesTheField(string name)
    {
        var (body, errorPath) = FakeDiscordBodies.Case(name);

        var (status, answer, _) = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);

        if (errorPath is null)
        {
            Assert.Equal(200, status);
            Assert.Single(server.Store.Messages);
            return;
        }

        Assert.Equal(400, status);
        Assert.Equal(50035, answer!["code"]!.GetValue<int>());
        Assert.Equal("Invalid Form Body", answer["message"]!.GetValue<string>());
        JsonNode? node = answer["errors"];
        foreach (var segment in errorPath.Split('.'))
        {
            node = node?[segment];
        }

        Assert.NotNull(node?["_errors"]?[0]?["code"]);
        Assert.Empty(server.Store.Messages);
    }

    [Theory]
    [InlineData("/api/channels/900/messages", null, 400)]
    [InlineData("/api/v9/channels/900/messages", null, 400)]
    [InlineData("/api/v10/channels/900/messages", "wrong-token", 401)]
    [InlineData("/api/v10/channels/901/messages", null, 404)]
    public async Task CreateMessage_BadPathTokenOrChannel_Rejected(string path, string? token, int expected)
    {
        client.Token = token ?? server.Token;

        var (status, body, _) = await client.PostAsync(path, new JsonObject { ["content"] = "hi" });

        Assert.Equal(expected, status);
        Assert.NotNull(body!["message"]);
        Assert.Empty(server.Store.Messages);
    }

    [Fact]
    public async Task CreateMessage_NoUserAgent_Rejected()
    {
        client.UserAgent = "curl/8.0";

        var (status, _, _) = await client.PostAsync($"/api/v10/channels/{Channel}/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData(FakeChannelAccess.MissingAccess, 50001, "Missing Access")]
    [InlineData(FakeChannelAccess.MissingPermissions, 50013, "Missing Permissions")]
    public async Task CreateMessage_ChannelWithoutRights_Returns403WithCode(FakeChannelAccess access, int code, string message)
    {
        server.AddChannel("902", access);

        var (status, body, _) = await client.PostAsync("/api/v10/channels/902/messages", new JsonObject { ["content"] = "hi" });

        Assert.Equal(403, status);
        Assert.Equal(code, body!["code"]!.GetValue<int>());
        Assert.Equal(message, body["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public async Task CreateMessage_SameNonceTwice_EnforcedNonceReturnsExistingMessage(bool enforce, int expectedMessages)
    {
        var body = new JsonObject { ["content"] = "hi", ["nonce"] = "d42-announce", ["enforce_nonce"] = enforce };

        var first = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);
        var second = await client.PostAsync($"/api/v10/channels/{Channel}/messages", body);

        Assert.Equal(200, second.Status);
        Assert.Equal(expectedMessages, server.Store.Messages.Count);
        Assert.Equal(enforce, first.Body!["id"]!.GetValue<string>() == second.Body!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateMessage_EmptyBody_Returns50006()
    {
        var (status, body, _) = await client.PostAsync($"/api/v10/channels/{Channel}/messages", new JsonObject { ["content"] = "" });

        Assert.Equal(400, status);
        Assert.Equal(50006, body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetChannel_Unknown_Returns10003()
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/api/v10/channels/999");

        Assert.Equal(404, status);
        Assert.Equal(10003, body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task GatewayBot_Authorized_ReturnsWebSocketUrl()
    {
        var (status, body, _) = await client.SendAsync(HttpMethod.Get, "/api/v10/gateway/bot");

        Assert.Equal(200, status);
        Assert.Equal(server.GatewayUrl, body!["url"]!.GetValue<string>());
        Assert.Equal(1, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }
}

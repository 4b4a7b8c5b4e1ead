using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;

namespace Bot.Tests.Discord;

public sealed class FakeDiscordGatewayTests : IAsyncLifetime
{
    private FakeDiscordServer server = null!;

    public async Task InitializeAsync() => server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Identify_ValidToken_HelloReadyAndHeartbeatAck()
    {
        await using var client = await RawGatewayClient.ConnectAsync(server.GatewayUrl);

        var hello = await client.ReceiveAsync();
        var ready = await client.IdentifyAsync(server.Token);
        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 1 });
        var ack = await client.ReceiveAsync();

        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(41_250, hello["d"]!["heartbeat_interval"]!.GetValue<int>());
        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(server.ResumeGatewayUrl, ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(server.ApplicationId, ready["d"]!["application"]!["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(ready["d"]!["session_id"]!.GetValue<string>()));
        Assert.Equal(11, ack!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Identify_WrongToken_Closes4004()
    {
        await using var client = await RawGatewayClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await client.SendAsync(new JsonObject { ["op"] = 2, ["d"] = new JsonObject { ["token"] = "nope", ["intents"] = 0 } });
        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(4004, (int?)client.CloseStatus);
    }

    [Fact]
    public async Task Resume_AfterDrop_ReplaysMissedDispatchesThenResumed()
    {
        string sessionId;
        await using (var first = await RawGatewayClient.ConnectAsync(server.GatewayUrl))
        {
            await first.ReceiveAsync();
            sessionId = (await first.IdentifyAsync(server.Token))["d"]!["session_id"]!.GetValue<string>();
            server.Gateway.Drop();
            await server.Store.WaitUntilAsync(_ => !server.Gateway.HasLiveSession);
        }

        var interaction = await server.Gateway.DispatchInteractionAsync(new FakeDiscordInteractionPayloads(server).SlashCommand("latest"));
        await using var second = await RawGatewayClient.ConnectAsync(server.ResumeGatewayUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = server.Token, ["session_id"] = sessionId, ["seq"] = 1 } });
        var replayed = await second.ReceiveAsync();
        var resumed = await second.ReceiveAsync();

        Assert.Equal("INTERACTION_CREATE", replayed!["t"]!.GetValue<string>());
        Assert.Equal(interaction.Id, replayed["d"]!["id"]!.GetValue<string>());
        Assert.Equal("RESUMED", resumed!["t"]!.GetValue<string>());
        Assert.Equal(1, server.Gateway.IdentifyCount);
        Assert.Equal(1, server.Gateway.ResumeCount);
        Assert.StartsWith("/resume-gateway?v=10", server.Gateway.ConnectionPaths[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reconnect", 7, null)]
    [InlineData("invalid-resumable", 9, true)]
    [InlineData("invalid", 9, false)]
    public async Task Controls_SendOpcode_ClientReceivesIt(string control, int op, bool? data)
    {
        await using var client = await RawGatewayClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();
        await client.IdentifyAsync(server.Token);

        await (control == "reconnect" ? server.Gateway.SendReconnectAsync() : server.Gateway.SendInvalidSessionAsync(data!.Value));
        var received = await client.ReceiveAsync();

        Assert.Equal(op, received!["op"]!.GetValue<int>());
        Assert.Equal(data, received["d"]?.GetValue<bool>());
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4014)]
    public async Task Close_WithCode_ClientSeesTheCode(int code)
    {
        await using var client = await RawGatewayClient.ConnectAsync(server.GatewayUrl);
        await client.ReceiveAsync();

        await server.Gateway.CloseAsync(code);
        var next = await client.ReceiveAsync();

        Assert.Null(next);
        Assert.Equal(code, (int?)client.CloseStatus);
    }
}

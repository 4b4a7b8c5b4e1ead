using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithNoIntentsThenHeartbeatsAfterJitterAndEveryInterval()
    {
        await using var harness = new GatewayHarness(jitter: 0.25).Started();
        var socket = await harness.Sockets.NextConnectionAsync();
        socket.Hello(40_000);

        var identify = await socket.NextSentAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var first = await socket.NextSentAsync();
        socket.Ready(sequence: 1);
        await harness.WaitForAsync(GatewayStatusKind.Ready);
        socket.Ack();
        await harness.WaitForAsync(GatewayStatusKind.HeartbeatAcknowledged);
        harness.Time.Advance(TimeSpan.FromSeconds(40));
        var second = await socket.NextSentAsync();

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", socket.Uri.AbsoluteUri);
        Assert.Equal("https://discord.test/api/v10/gateway/bot", Assert.Single(harness.Rest.Requests).Uri.AbsoluteUri);
        Assert.Equal(2, identify.Op);
        Assert.Equal(0, identify.D.GetProperty("intents").GetInt32());
        Assert.Equal(RestHarness.Token, identify.D.GetProperty("token").GetString());
        Assert.Equal("Bot.Discord", identify.D.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal(harness.Start, identify.At);
        Assert.Equal(1, first.Op);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.D.ValueKind);
        Assert.Equal(harness.Start.AddSeconds(10), first.At);
        Assert.Equal(1, second.Op);
        Assert.Equal(1, second.D.GetInt32());
        Assert.Equal(harness.Start.AddSeconds(50), second.At);
        Assert.Equal("4242", harness.Gateway.ApplicationId);
        Assert.Equal("session-1", harness.Gateway.SessionId);
    }

    [Fact]
    public async Task RunAsync_HeartbeatRequest_SendsHeartbeatAtOnce()
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.Say("""{"op":1,"d":null}""");
        var heartbeat = await socket.NextSentAsync();

        Assert.Equal(1, heartbeat.Op);
        Assert.Equal(1, heartbeat.D.GetInt32());
        Assert.Equal(harness.Start, heartbeat.At);
    }

    [Fact]
    public async Task RunAsync_HeartbeatNotAcknowledged_ClosesResumablyAndResumesWithoutIdentify()
    {
        await using var harness = new GatewayHarness(jitter: 0.25).Started();
        var socket = await harness.ConnectReadyAsync(intervalMs: 40_000);
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, (await socket.NextSentAsync()).Op);

        harness.Time.Advance(TimeSpan.FromSeconds(40));
        await harness.WaitForAsync(GatewayStatusKind.ZombieConnection);
        var closeCode = await socket.ClientClosed;
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var resume = await next.NextSentAsync();

        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.Equal("wss://resume.gateway.test/?v=10&encoding=json", next.Uri.AbsoluteUri);
        Assert.Equal(6, resume.Op);
        Assert.Equal("session-1", resume.D.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.D.GetProperty("seq").GetInt32());
        Assert.Equal(RestHarness.Token, resume.D.GetProperty("token").GetString());
        Assert.Single(harness.Rest.Requests);
    }

    [Fact]
    public async Task RunAsync_GarbageFrame_IsSkippedAndTheSessionGoesOn()
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.Say("this is not json");
        socket.Say("""{"op":0,"t":"READY","s":2,"d":{"v":10}}""");
        socket.Say("""{"op":1,"d":null}""");
        var heartbeat = await socket.NextSentAsync();

        Assert.Equal(1, heartbeat.Op);
        Assert.Equal(2, heartbeat.D.GetInt32());
        Assert.Equal(1, harness.Sockets.Attempts);
        Assert.Equal("session-1", harness.Gateway.SessionId);
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesNormallyAndCompletesTheDispatches()
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        await harness.StopAsync();
        await harness.Run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1000, await socket.ClientClosed);
        Assert.True(harness.Gateway.Dispatches.TryRead(out var ready));
        Assert.Equal("READY", ready.Type);
        await harness.Gateway.Dispatches.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RunAsync_StatusObserverThrows_SessionCarriesOn()
    {
        await using var harness = new GatewayHarness(observer: _ => throw new InvalidOperationException("observer bug")).Started();
        var socket = await harness.ConnectReadyAsync();

        socket.Say("""{"op":1,"d":null}""");

        Assert.Equal(1, (await socket.NextSentAsync()).Op);
        Assert.False(harness.Run.IsCompleted);
    }
}

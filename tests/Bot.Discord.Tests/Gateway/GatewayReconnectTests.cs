using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    [Theory]
    [InlineData("""{"op":7,"d":null}""")]
    [InlineData("""{"op":9,"d":true}""")]
    public async Task RunAsync_ReconnectOrResumableInvalidSession_ResumesOnResumeUrl(string message)
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.Say(message);
        var closeCode = await socket.ClientClosed;
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var resume = await next.NextSentAsync();

        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.Equal("wss://resume.gateway.test/?v=10&encoding=json", next.Uri.AbsoluteUri);
        Assert.Equal(6, resume.Op);
        Assert.Equal(harness.Start, resume.At);
        Assert.Single(harness.Rest.Requests);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsThenIdentifiesAfresh()
    {
        await using var harness = new GatewayHarness(jitter: 0.25).Started();
        var socket = await harness.ConnectReadyAsync();

        socket.Say("""{"op":9,"d":false}""");
        var invalidWait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
        harness.Time.Advance(invalidWait.Delay!.Value);
        var spacingWait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
        harness.Time.Advance(spacingWait.Delay!.Value);
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var identify = await next.NextSentAsync();

        Assert.Equal(TimeSpan.FromSeconds(2), invalidWait.Delay);
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", next.Uri.AbsoluteUri);
        Assert.Equal(2, identify.Op);
        Assert.Equal(harness.Start.AddSeconds(5), identify.At);
        Assert.Null(harness.Gateway.SessionId);
    }

    [Fact]
    public async Task RunAsync_DropMidSession_ResumesAndReplaysWithoutReidentifying()
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();
        socket.Dispatch("INTERACTION_CREATE", 2, """{"id":"1","application_id":"4242","type":2,"token":"t1"}""");

        socket.Drop();
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var resume = await next.NextSentAsync();
        next.Dispatch("INTERACTION_CREATE", 3, """{"id":"2","application_id":"4242","type":2,"token":"t2"}""");
        next.Dispatch("RESUMED", 4, "{}");
        await harness.WaitForAsync(GatewayStatusKind.Resumed);

        Assert.Equal(6, resume.Op);
        Assert.Equal(2, resume.D.GetProperty("seq").GetInt32());
        Assert.Single(harness.Rest.Requests);
        var events = new List<string>();
        while (harness.Gateway.Dispatches.TryRead(out var dispatch))
        {
            events.Add($"{dispatch.Type}:{dispatch.Sequence}");
        }

        Assert.Equal(["READY:1", "INTERACTION_CREATE:2", "INTERACTION_CREATE:3", "RESUMED:4"], events);
        Assert.False(next.HasUnreadSent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public async Task RunAsync_IdentifyBudgetAtReserve_WaitsForItsResetBeforeConnecting(int remaining)
    {
        await using var harness = new GatewayHarness();
        harness.Rest.Enqueue(System.Net.HttpStatusCode.OK,
            $$$"""{"url":"wss://gateway.test","shards":1,"session_start_limit":{"total":1000,"remaining":{{{remaining}}},"reset_after":30000,"max_concurrency":1}}""");
        harness.Started();

        var wait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
        Assert.Equal(0, harness.Sockets.Attempts);
        harness.Time.Advance(wait.Delay!.Value);
        var socket = await harness.Sockets.NextConnectionAsync();

        Assert.Equal(TimeSpan.FromSeconds(30), wait.Delay);
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", socket.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task RunAsync_IdentifyKeepsGettingInvalidSession_SlowsDownWithBackoff()
    {
        await using var harness = new GatewayHarness(jitter: 0.5).Started();
        var waits = new List<TimeSpan>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var socket = await harness.Sockets.NextConnectionAsync();
            socket.Hello(40_000);
            Assert.Equal(2, (await socket.NextSentAsync()).Op);
            socket.Say("""{"op":9,"d":false}""");
            var wait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
            waits.Add(wait.Delay!.Value);
            harness.Time.Advance(wait.Delay.Value);
            if (wait.Delay < TimeSpan.FromSeconds(5))
            {
                harness.Time.Advance((await harness.WaitForAsync(GatewayStatusKind.Waiting)).Delay!.Value);
            }
        }

        Assert.Equal([3, 3, 3, 3, 6, 12], waits.Select(w => w.TotalSeconds));
    }
}

using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayPacingTests
{
    [Fact]
    public async Task RunAsync_ConnectKeepsFailing_BacksOffExponentiallyUpToSixtySeconds()
    {
        const double jitter = 0.999_999;
        await using var harness = new GatewayHarness(jitter: jitter);
        harness.Sockets.FailConnects = true;
        harness.Started();

        var delays = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var wait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
            delays.Add(Math.Round(wait.Delay!.Value.TotalSeconds, 3));
            harness.Time.Advance(wait.Delay.Value);
        }

        var factor = 0.5 + (0.5 * jitter);
        Assert.Equal(new[] { 1, 2, 4, 8, 16, 32, 60, 60, 60 }.Select(s => Math.Round(s * factor, 3)), delays);
        Assert.All(delays, d => Assert.InRange(d, 0.5, 60));
        Assert.True(harness.Sockets.Attempts >= 10, $"{harness.Sockets.Attempts} connect attempts");
    }

    [Fact]
    public async Task RunAsync_MoreSendsThanTheLimit_HoldsTheRestUntilTheWindowMoves()
    {
        await using var harness = new GatewayHarness(sendLimit: 120).Started();
        var socket = await harness.ConnectReadyAsync(intervalMs: 1_000_000);

        for (var i = 0; i < 130; i++)
        {
            socket.Say("""{"op":1,"d":null}""");
        }

        for (var i = 0; i < 119; i++)
        {
            Assert.Equal(harness.Start, (await socket.NextSentAsync()).At);
        }

        var wait = await harness.WaitForAsync(GatewayStatusKind.Waiting);
        Assert.False(socket.HasUnreadSent);
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(harness.Start.AddSeconds(60), (await socket.NextSentAsync()).At);
        }

        Assert.Equal(TimeSpan.FromSeconds(60), wait.Delay);
        Assert.Contains("send limit", wait.Message);
    }
}

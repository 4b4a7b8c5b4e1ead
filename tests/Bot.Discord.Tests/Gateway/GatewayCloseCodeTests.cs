using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodeTests
{
    [Theory]
    [InlineData(4004, "Authentication failed")]
    [InlineData(4010, "Invalid shard")]
    [InlineData(4011, "Sharding required")]
    [InlineData(4012, "Invalid API version")]
    [InlineData(4013, "Invalid intent")]
    [InlineData(4014, "Disallowed intent")]
    public async Task RunAsync_FatalCloseCode_StopsWithClearMessageAndNoReconnect(int code, string meaning)
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.ServerClose(code, "closed");
        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));
        var fatal = await harness.WaitForAsync(GatewayStatusKind.Fatal);

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(code.ToString(), error.Message);
        Assert.Contains(meaning, error.Message);
        Assert.DoesNotContain(RestHarness.Token, error.ToString());
        Assert.Equal(code, fatal.CloseCode);
        Assert.Equal(1, harness.Sockets.Attempts);
        while (harness.Gateway.Dispatches.TryRead(out _))
        {
        }

        Assert.True(harness.Gateway.Dispatches.Completion.IsCompleted);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_SessionEndingCloseCode_IdentifiesAfreshAfterSpacing(int code)
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.ServerClose(code, "session over");
        var spacing = await harness.WaitForAsync(GatewayStatusKind.Waiting);
        harness.Time.Advance(spacing.Delay!.Value);
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var identify = await next.NextSentAsync();

        Assert.Equal(TimeSpan.FromSeconds(5), spacing.Delay);
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", next.Uri.AbsoluteUri);
        Assert.Equal(2, identify.Op);
        Assert.Equal(2, harness.Rest.Requests.Count);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1001)]
    [InlineData(null)]
    public async Task RunAsync_ResumableCloseCode_ResumesAtOnce(int? code)
    {
        await using var harness = new GatewayHarness().Started();
        var socket = await harness.ConnectReadyAsync();

        socket.ServerClose(code, "bye");
        var next = await harness.Sockets.NextConnectionAsync();
        next.Hello(40_000);
        var resume = await next.NextSentAsync();

        Assert.Equal("wss://resume.gateway.test/?v=10&encoding=json", next.Uri.AbsoluteUri);
        Assert.Equal(6, resume.Op);
        Assert.Equal(harness.Start, resume.At);
    }
}

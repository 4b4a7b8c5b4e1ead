using System.Net.WebSockets;
using System.Text;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Gateway;

public sealed class ClientWebSocketGatewaySocketTests
{
    [Fact]
    public async Task ReceiveAsync_FragmentedMessageThenCloseCode_JoinsFramesAndReportsTheCode()
    {
        using var server = new LoopbackWebSocketServer();
        var connecting = ClientWebSocketGatewaySocket.ConnectAsync(server.Url, CancellationToken.None);
        var (peer, _) = await server.AcceptAsync();
        await using var socket = await connecting.WaitAsync(TimeSpan.FromSeconds(10));
        var text = """{"op":0,"t":"MESSAGE","d":{"content":"分片 ✂️ """ + new string('x', 20_000) + "\"}}";
        var bytes = Encoding.UTF8.GetBytes(text);

        await peer.SendAsync(bytes.AsMemory(0, 10), WebSocketMessageType.Text, false, CancellationToken.None);
        await peer.SendAsync(bytes.AsMemory(10, 9_000), WebSocketMessageType.Text, false, CancellationToken.None);
        await peer.SendAsync(bytes.AsMemory(9_010), WebSocketMessageType.Text, true, CancellationToken.None);
        var message = await socket.ReceiveAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await peer.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
        var closed = await socket.ReceiveAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(message.IsClose);
        Assert.Equal(text, Encoding.UTF8.GetString(message.Payload.Span));
        Assert.True(closed.IsClose);
        Assert.Equal(4004, closed.CloseCode);
        Assert.Equal("Authentication failed.", closed.CloseReason);
    }

    [Fact]
    public async Task RunAsync_OverRealWebSocket_IdentifiesAndStopsOnFatalClose()
    {
        using var server = new LoopbackWebSocketServer();
        using var rest = new RestHarness();
        rest.Handler.Fallback = _ => ScriptedHttpHandler.Json(System.Net.HttpStatusCode.OK, """{"url":"wss://unused.test","shards":1}""");
        var gateway = new DiscordGateway(
            rest.Client,
            new DiscordGatewayOptions { Token = RestHarness.Token, GatewayUrl = server.Url, TimeProvider = rest.Time, Random = () => 0.5 },
            new ClientWebSocketGatewaySocketFactory());
        var run = gateway.RunAsync(CancellationToken.None);

        var (peer, target) = await server.AcceptAsync();
        await LoopbackWebSocketServer.SendTextAsync(peer, """{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}""");
        var identify = await LoopbackWebSocketServer.ReceiveTextAsync(peer);
        await peer.CloseOutputAsync((WebSocketCloseStatus)4014, "Disallowed intent(s).", CancellationToken.None);
        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("/?v=10&encoding=json", target);
        Assert.Contains("\"op\":2", identify, StringComparison.Ordinal);
        Assert.Contains("\"intents\":0", identify, StringComparison.Ordinal);
        Assert.Equal(4014, error.CloseCode);
    }
}

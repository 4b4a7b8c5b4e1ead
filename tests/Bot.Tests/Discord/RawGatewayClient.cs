using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Discord;

/// <summary>A hand-driven gateway client for the fake's self-tests: send a payload, read the next one, see the close.</summary>
public sealed class RawGatewayClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket socket = new();

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public static async Task<RawGatewayClient> ConnectAsync(string url)
    {
        var client = new RawGatewayClient();
        await client.socket.ConnectAsync(new Uri(url + "?v=10&encoding=json"), CancellationToken.None).WaitAsync(Timeout);
        return client;
    }

    public Task SendAsync(JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Timeout);

    /// <summary>The next payload, or null when the server closed the connection.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        var buffer = new byte[65536];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).WaitAsync(Timeout);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonObject)JsonNode.Parse(message.ToArray())!;
            }
        }
    }

    public async Task<JsonObject> IdentifyAsync(string token)
    {
        await SendAsync(new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject { ["token"] = token, ["intents"] = 0, ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" } },
        });
        return (await ReceiveAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(Timeout);
            }
        }
        catch (WebSocketException)
        {
            // The fake already dropped us.
        }

        socket.Dispose();
    }
}

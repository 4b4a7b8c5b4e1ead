using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>One WebSocket connection of the fake gateway: serialized sends, frame recording, and close or abort.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, int number, FakeDiscordStore store)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public int Number { get; } = number;

    public FakeGatewaySession? Session { get; set; }

    public async Task SendAsync(JsonObject payload)
    {
        payload["s"] ??= null;
        payload["t"] ??= null;
        store.Record(new GatewayFrame(Number, FromClient: false, payload["op"]!.GetValue<int>(), payload));
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The bot went away mid-send; the session keeps the event for replay.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Reads one whole text message, or null when the socket closed or broke.</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = (int?)result.CloseStatus;
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The close code the bot sent, when it closed the connection itself.</summary>
    public int? ClientCloseCode { get; private set; }

    public async Task CloseAsync(int code, string reason)
    {
        await sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, like a network failure.</summary>
    public void Abort() => socket.Abort();
}

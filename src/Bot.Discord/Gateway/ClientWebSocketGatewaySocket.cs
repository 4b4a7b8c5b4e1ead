using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary>
/// <see cref="IGatewaySocket"/> over <see cref="ClientWebSocket"/>, joining fragmented frames into messages of at
/// most <see cref="DiscordLimits.GatewayMessageMaxBytes"/>: a larger one ends the connection (close 1009, "message too
/// big") instead of growing the buffer without end, and the gateway reconnects.
/// </summary>
public sealed class ClientWebSocketGatewaySocket : IGatewaySocket
{
    private readonly ClientWebSocket _socket;
    private readonly int _maxMessageBytes;

    private ClientWebSocketGatewaySocket(ClientWebSocket socket, int maxMessageBytes)
    {
        _socket = socket;
        _maxMessageBytes = maxMessageBytes;
    }

    public static Task<ClientWebSocketGatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken) =>
        ConnectAsync(uri, DiscordLimits.GatewayMessageMaxBytes, cancellationToken);

    public static async Task<ClientWebSocketGatewaySocket> ConnectAsync(Uri uri, int maxMessageBytes, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return new ClientWebSocketGatewaySocket(socket, maxMessageBytes);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async ValueTask<GatewaySocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewaySocketMessage.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > _maxMessageBytes)
            {
                var reason = $"gateway message larger than {_maxMessageBytes / 1024} KiB";
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, reason, cancellationToken);
                return GatewaySocketMessage.Closed((int)WebSocketCloseStatus.MessageTooBig, reason);
            }

            if (result.EndOfMessage)
            {
                return GatewaySocketMessage.Text(buffer.WrittenMemory);
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken);
            }
            catch (WebSocketException)
            {
                // The connection is already gone; there is nobody left to tell.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

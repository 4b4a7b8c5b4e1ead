using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway;

/// <summary><see cref="IGatewaySocket"/> over <see cref="ClientWebSocket"/>, joining fragmented frames into messages.</summary>
public sealed class ClientWebSocketGatewaySocket : IGatewaySocket
{
    private readonly ClientWebSocket _socket;

    private ClientWebSocketGatewaySocket(ClientWebSocket socket) => _socket = socket;

    public static async Task<ClientWebSocketGatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return new ClientWebSocketGatewaySocket(socket);
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

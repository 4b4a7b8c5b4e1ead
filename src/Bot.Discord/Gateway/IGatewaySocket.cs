namespace Bot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket connection, reduced to what the gateway needs, so tests can script it. One receive and one
/// send (or close) may be in progress at the same time.
/// </summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#connections</remarks>
public interface IGatewaySocket : IAsyncDisposable
{
    /// <summary>Sends one complete text message (UTF-8 JSON, at most 4096 bytes).</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>Receives one complete message, or the close (with the peer's close code when it sent one).</summary>
    ValueTask<GatewaySocketMessage> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends a close frame. Codes 1000 and 1001 end the session (the bot goes offline); any other code keeps it
    /// resumable.
    /// </summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);
}

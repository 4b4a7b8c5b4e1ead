using System.Text.Json;
using Bot.Discord.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>
/// Sends on one connection: one message at a time, never more than the send limit per window (Discord disconnects a
/// client past 120 per 60 s), and closes without throwing.
/// </summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#rate-limiting</remarks>
internal sealed class GatewaySender(IGatewaySocket socket, DiscordGatewayOptions options, Action<GatewayStatus> report) : IDisposable
{
    private readonly SlidingWindowGate _gate = new(options.SendLimit, options.SendWindow, options.TimeProvider);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task SendAsync(GatewayOpcode op, JsonElement? data, CancellationToken token)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new GatewayPayload { Op = op, D = data }, DiscordJsonContext.Wire.GatewayPayload);
        await _gate.WaitAsync(
            delay => report(new(GatewayStatusKind.Waiting, $"gateway send limit of {options.SendLimit} per {options.SendWindow.TotalSeconds:0} s reached", delay)),
            token);
        await _oneAtATime.WaitAsync(token);
        try
        {
            await socket.SendAsync(bytes, token);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/>; a connection that is already gone is left alone.</summary>
    public async Task CloseQuietlyAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), options.TimeProvider);
        try
        {
            await socket.CloseAsync(code, reason.Length > 120 ? reason[..120] : reason, timeout.Token);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone: nothing to close.
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _oneAtATime.Dispose();
    }
}

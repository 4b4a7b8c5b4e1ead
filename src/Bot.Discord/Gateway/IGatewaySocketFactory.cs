namespace Bot.Discord.Gateway;

/// <summary>Opens gateway connections; the real one uses <see cref="System.Net.WebSockets.ClientWebSocket"/>.</summary>
public interface IGatewaySocketFactory
{
    Task<IGatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken);
}

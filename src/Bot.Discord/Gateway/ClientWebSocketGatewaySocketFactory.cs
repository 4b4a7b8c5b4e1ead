namespace Bot.Discord.Gateway;

/// <summary>Opens real gateway connections with <see cref="ClientWebSocketGatewaySocket"/>.</summary>
public sealed class ClientWebSocketGatewaySocketFactory : IGatewaySocketFactory
{
    public async Task<IGatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken) =>
        await ClientWebSocketGatewaySocket.ConnectAsync(uri, cancellationToken);
}

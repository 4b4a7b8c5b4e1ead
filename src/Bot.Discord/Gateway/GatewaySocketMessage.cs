namespace Bot.Discord.Gateway;

/// <summary>A received text message, or the end of the connection with the peer's close code if it sent one.</summary>
public sealed record GatewaySocketMessage(ReadOnlyMemory<byte> Payload, bool IsClose, int? CloseCode, string? CloseReason)
{
    public static GatewaySocketMessage Text(ReadOnlyMemory<byte> payload) => new(payload, false, null, null);

    public static GatewaySocketMessage Closed(int? closeCode, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, closeCode, reason);
}

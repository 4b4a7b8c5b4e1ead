namespace Bot.Discord.Gateway;

/// <summary>How and why one connection ended.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind, string Reason, int? CloseCode = null, bool ClosedByPeer = false)
{
    /// <summary>Set for op 9 with d false: Discord asks for a 1-5 s wait before identifying again.</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway-events#invalid-session</remarks>
    public bool InvalidSession { get; init; }

    public static ConnectionEnd Stopped { get; } = new(ConnectionEndKind.Stopped, "stopped");

    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public static ConnectionEnd FromClose(int? closeCode, string? reason)
    {
        var said = closeCode is null ? "closed without a close code" : $"closed with {closeCode} {reason}".TrimEnd();
        if (GatewayCloseCodes.FatalReason(closeCode) is { } fatal)
        {
            return new(ConnectionEndKind.Fatal, fatal, closeCode, true);
        }

        return GatewayCloseCodes.StartsNewSession(closeCode)
            ? new(ConnectionEndKind.NewSession, said, closeCode, true)
            : new(ConnectionEndKind.Resume, said, closeCode, true);
    }
}

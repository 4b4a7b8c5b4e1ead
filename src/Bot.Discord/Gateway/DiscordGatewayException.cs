namespace Bot.Discord.Gateway;

/// <summary>The gateway stopped for good: Discord closed with a code that reconnecting cannot fix, or refused the token.</summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
public sealed class DiscordGatewayException : Exception
{
    public DiscordGatewayException()
    {
    }

    public DiscordGatewayException(string message)
        : base(message)
    {
    }

    public DiscordGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The close code, when Discord closed the connection with one.</summary>
    public int? CloseCode { get; init; }
}

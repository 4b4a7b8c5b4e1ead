namespace Bot.Discord.Gateway;

/// <summary>What each gateway close code means for reconnecting.</summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
public static class GatewayCloseCodes
{
    /// <summary>Sent by this client to drop a connection while keeping the session resumable (not 1000/1001).</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#resuming</remarks>
    public const int Reconnecting = 4900;

    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public const int AuthenticationFailed = 4004;

    /// <summary>Invalid seq: start a new session.</summary>
    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public const int InvalidSequence = 4007;

    /// <summary>Session timed out: start a new session.</summary>
    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public const int SessionTimedOut = 4009;

    /// <summary>The reason a close code ends the gateway for good (4004, 4010-4014), or null when reconnecting may help.</summary>
    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public static string? FatalReason(int? closeCode) => closeCode switch
    {
        AuthenticationFailed => "4004 Authentication failed: Discord rejected the bot token (check Discord:Token).",
        4010 => "4010 Invalid shard: the shard sent in Identify is invalid.",
        4011 => "4011 Sharding required: the bot is in too many guilds for one connection.",
        4012 => "4012 Invalid API version: the gateway version is not supported.",
        4013 => "4013 Invalid intent(s): the intents value is not a valid bitset.",
        4014 => "4014 Disallowed intent(s): a privileged intent was asked for that the application is not approved or enabled for.",
        _ => null,
    };

    /// <summary>True when the session cannot be resumed and a fresh Identify is needed (4007, 4009).</summary>
    /// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes</remarks>
    public static bool StartsNewSession(int? closeCode) => closeCode is InvalidSequence or SessionTimedOut;
}

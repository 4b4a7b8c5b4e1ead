namespace Bot.Discord.Gateway;

/// <summary>Gateway opcodes this client sends or handles.</summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes</remarks>
public enum GatewayOpcode
{
    /// <remarks>https://discord.com/developers/docs/events/gateway-events#receive-events</remarks>
    Dispatch = 0,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#heartbeat</remarks>
    Heartbeat = 1,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#identify</remarks>
    Identify = 2,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#resume</remarks>
    Resume = 6,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#reconnect</remarks>
    Reconnect = 7,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#invalid-session</remarks>
    InvalidSession = 9,

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#hello</remarks>
    Hello = 10,

    /// <remarks>https://discord.com/developers/docs/events/gateway#sending-heartbeats</remarks>
    HeartbeatAck = 11,
}

namespace Bot.Discord.Gateway;

/// <summary>Steps in the gateway's life, reported through <see cref="DiscordGatewayOptions.OnStatus"/>.</summary>
public enum GatewayStatusKind
{
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Resumed,
    HeartbeatAcknowledged,
    ZombieConnection,
    Disconnected,
    Waiting,
    Fatal,
}

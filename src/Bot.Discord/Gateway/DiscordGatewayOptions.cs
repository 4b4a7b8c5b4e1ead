namespace Bot.Discord.Gateway;

/// <summary>How <see cref="DiscordGateway"/> connects and paces itself.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway</remarks>
public sealed class DiscordGatewayOptions
{
    /// <summary>Bot token for Identify and Resume. Never printed.</summary>
    public required string Token { get; init; }

    /// <summary>Where to connect instead of the url from Get Gateway Bot (tests, proxies).</summary>
    public Uri? GatewayUrl { get; init; }

    /// <summary>Gateway intents; slash commands need none, so 0 and no privileged intents.</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#gateway-intents</remarks>
    public int Intents { get; init; }

    public IdentifyProperties Properties { get; init; } = new() { Os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), Browser = "Bot.Discord", Device = "Bot.Discord" };

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Random numbers in [0, 1) for heartbeat and backoff jitter; injectable so tests are exact.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>Hears every step (connecting, ready, resumed, waits, closes); must return quickly.</summary>
    public Action<GatewayStatus>? OnStatus { get; init; }

    /// <summary>Ceiling of the reconnect backoff.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest time between two Identify calls (max_concurrency 1 allows one per 5 s).</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#session-start-limit-object</remarks>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Identifies kept in reserve from the daily budget (1000): at or below it the gateway waits for the budget to
    /// reset, because using it up ends every session and resets the token.
    /// </summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#session-start-limit-object</remarks>
    public int IdentifyReserve { get; init; } = 10;

    /// <summary>Gateway sends allowed per <see cref="SendWindow"/>; Discord disconnects past 120 per 60 s.</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#rate-limiting</remarks>
    public int SendLimit { get; init; } = 120;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    public override string ToString() => $"GatewayUrl = {GatewayUrl}, Intents = {Intents}, Token = (redacted)";
}

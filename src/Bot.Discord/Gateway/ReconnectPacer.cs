namespace Bot.Discord.Gateway;

/// <summary>
/// Decides how long to wait before reconnecting and before identifying: the first reconnect after a healthy session
/// is immediate, then the wait doubles from 1 s up to the cap, scaled by a random factor in [0.5, 1); identifies are
/// at least <see cref="DiscordGatewayOptions.IdentifySpacing"/> apart; op 9 (not resumable) waits 1-5 s or the
/// backoff, whichever is longer.
/// </summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#resuming</remarks>
internal sealed class ReconnectPacer(DiscordGatewayOptions options, Action<GatewayStatus> report)
{
    private readonly TimeProvider _time = options.TimeProvider;
    private int _failures;
    private DateTimeOffset? _lastIdentify;

    public void Record(bool reachedSession, DateTimeOffset? identifiedAt)
    {
        _failures = reachedSession ? 0 : _failures;
        _lastIdentify = identifiedAt ?? _lastIdentify;
    }

    public Task WaitBeforeReconnectAsync(ConnectionEnd end, CancellationToken cancellationToken)
    {
        _failures++;
        if (end.InvalidSession)
        {
            // https://discord.com/developers/docs/events/gateway-events#invalid-session: wait 1-5 s, then identify;
            // the backoff also applies, so identifies that keep failing slow down instead of burning the daily budget.
            var wait = TimeSpan.FromSeconds(1 + (4 * options.Random()));
            return WaitAsync(TimeSpan.FromTicks(Math.Max(wait.Ticks, BackoffFor(_failures).Ticks)), "invalid session; identifying again", cancellationToken);
        }

        return WaitAsync(BackoffFor(_failures), $"reconnect attempt {_failures}", cancellationToken);
    }

    public Task WaitBeforeIdentifyAsync(CancellationToken cancellationToken) =>
        _lastIdentify is { } last
            ? WaitAsync(last + options.IdentifySpacing - _time.GetUtcNow(), "spacing identifies", cancellationToken)
            : Task.CompletedTask;

    public TimeSpan BackoffFor(int failures)
    {
        if (failures <= 1)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(options.MaxReconnectDelay.TotalSeconds, Math.Pow(2, Math.Min(failures - 2, 30)));
        return TimeSpan.FromSeconds(seconds * (0.5 + (0.5 * options.Random())));
    }

    public async Task WaitAsync(TimeSpan delay, string why, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        var waiting = Task.Delay(delay, _time, cancellationToken);
        report(new GatewayStatus(GatewayStatusKind.Waiting, $"waiting {delay.TotalSeconds:0.###} s: {why}", delay));
        await waiting;
    }
}

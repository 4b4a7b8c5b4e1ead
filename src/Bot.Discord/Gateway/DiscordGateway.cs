using System.Net;
using System.Threading.Channels;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: connects with <c>?v=10&amp;encoding=json</c>, resumes whenever it can, identifies
/// only when it must (spaced, within the daily budget), reconnects with jittered exponential backoff capped at
/// <see cref="DiscordGatewayOptions.MaxReconnectDelay"/>, and stops on fatal close codes. Dispatches are read from
/// <see cref="Dispatches"/>.
/// </summary>
/// <remarks>https://discord.com/developers/docs/events/gateway</remarks>
public sealed class DiscordGateway
{
    private readonly DiscordRestClient _rest;
    private readonly IGatewaySocketFactory _sockets;
    private readonly DiscordGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly GatewaySession _session = new();
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateUnbounded<GatewayDispatch>(new() { SingleWriter = true });
    private readonly ReconnectPacer _pacer;
    private int _started;

    public DiscordGateway(DiscordRestClient rest, DiscordGatewayOptions options, IGatewaySocketFactory? sockets = null)
    {
        _rest = rest;
        _options = options;
        _time = options.TimeProvider;
        _sockets = sockets ?? new ClientWebSocketGatewaySocketFactory();
        _pacer = new ReconnectPacer(options, Report);
    }

    /// <summary>Every dispatch in order (READY, RESUMED, INTERACTION_CREATE, ...); completes when the gateway stops.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>The application id from READY, once connected.</summary>
    public string? ApplicationId => _session.ApplicationId;

    public string? SessionId => _session.SessionId;

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled, or throws <see cref="DiscordGatewayException"/> on a fatal close.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The gateway is already running; create a new DiscordGateway to connect again.");
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var end = await RunConnectionAsync(stoppingToken);
                switch (end.Kind)
                {
                    case ConnectionEndKind.Stopped:
                        return;
                    case ConnectionEndKind.Fatal:
                        Report(new(GatewayStatusKind.Fatal, "Discord gateway stopped: " + end.Reason, CloseCode: end.CloseCode));
                        throw new DiscordGatewayException("Discord gateway stopped: " + end.Reason) { CloseCode = end.CloseCode };
                    case ConnectionEndKind.NewSession:
                        _session.Invalidate();
                        break;
                }

                Report(new(GatewayStatusKind.Disconnected, end.Reason, CloseCode: end.CloseCode));
                await _pacer.WaitBeforeReconnectAsync(end, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Asked to stop.
        }
        finally
        {
            _dispatches.Writer.TryComplete();
        }
    }

    private async Task<ConnectionEnd> RunConnectionAsync(CancellationToken stoppingToken)
    {
        var resume = _session.CanResume;
        try
        {
            var url = resume ? _session.ResumeUrl! : await PrepareIdentifyAsync(stoppingToken);
            var uri = WithVersion(url);
            Report(new(GatewayStatusKind.Connecting, $"connecting to {uri.GetLeftPart(UriPartial.Path)} to {(resume ? "resume" : "identify")}"));
            await using var socket = await _sockets.ConnectAsync(uri, stoppingToken);
            using var connection = new GatewayConnection(socket, _session, _options, _dispatches.Writer, Report);
            var end = await connection.RunAsync(resume, stoppingToken);
            _pacer.Record(connection.ReachedSession, connection.IdentifiedAt);
            return end;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return ConnectionEnd.Stopped;
        }
        catch (DiscordApiException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            return new ConnectionEnd(ConnectionEndKind.Fatal, "Discord rejected the bot token (check Discord:Token): " + e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _pacer.Record(reachedSession: false, identifiedAt: null);
            return new ConnectionEnd(ConnectionEndKind.Resume, "could not connect: " + e.Message);
        }
    }

    /// <summary>Spaces identifies, respects the daily session-start budget, and finds the url to connect to.</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#get-gateway-bot</remarks>
    private async Task<Uri> PrepareIdentifyAsync(CancellationToken stoppingToken)
    {
        await _pacer.WaitBeforeIdentifyAsync(stoppingToken);
        var gateway = await _rest.GetGatewayBotAsync(stoppingToken);
        if (gateway.SessionStartLimit is { ResetAfter: > 0 } limit && limit.Remaining <= _options.IdentifyReserve)
        {
            await _pacer.WaitAsync(
                TimeSpan.FromMilliseconds(limit.ResetAfter),
                $"only {limit.Remaining} of {limit.Total} daily identifies left; waiting for the budget to reset",
                stoppingToken);
        }

        return _options.GatewayUrl ?? new Uri(gateway.Url);
    }

    /// <remarks>https://discord.com/developers/docs/events/gateway#connecting</remarks>
    private static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private void Report(GatewayStatus status)
    {
        try
        {
            _options.OnStatus?.Invoke(status);
        }
        catch (Exception)
        {
            // A failing observer must not take the session down with it.
        }
    }
}

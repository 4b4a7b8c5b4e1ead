using System.Text.Json;
using System.Threading.Channels;
using Bot.Discord.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>
/// One gateway connection: waits for Hello, heartbeats on the given interval, identifies or resumes, tracks the
/// sequence and hands dispatches on, until Discord or a missed heartbeat ACK ends it.
/// </summary>
/// <remarks>https://discord.com/developers/docs/events/gateway#connection-lifecycle</remarks>
internal sealed class GatewayConnection(
    IGatewaySocket socket,
    GatewaySession session,
    DiscordGatewayOptions options,
    ChannelWriter<GatewayDispatch> dispatches,
    Action<GatewayStatus> report) : IDisposable
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Wire;
    private readonly TimeProvider _time = options.TimeProvider;
    private readonly GatewaySender _sender = new(socket, options, report);
    private volatile bool _acknowledged = true;
    private DateTimeOffset _heartbeatSentAt;

    /// <summary>True once READY or RESUMED arrived on this connection.</summary>
    public bool ReachedSession { get; private set; }

    /// <summary>Set when an Identify was sent, so the caller can space the next one.</summary>
    public DateTimeOffset? IdentifiedAt { get; private set; }

    public async Task<ConnectionEnd> RunAsync(bool resume, CancellationToken stop)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var token = connection.Token;
        ConnectionEnd end;
        Task<ConnectionEnd>? heartbeat = null;
        Task<ConnectionEnd>? receive = null;
        try
        {
            var first = await socket.ReceiveAsync(token);
            if (first.IsClose)
            {
                return ConnectionEnd.FromClose(first.CloseCode, first.CloseReason);
            }

            if (ReadHelloInterval(first.Payload) is not { } interval)
            {
                return new ConnectionEnd(ConnectionEndKind.Resume, "the first message was not a valid Hello");
            }

            heartbeat = HeartbeatAsync(interval, token);
            await SendOpeningAsync(resume, token);
            receive = ReceiveAsync(token);
            end = await await Task.WhenAny(heartbeat, receive);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            end = ConnectionEnd.Stopped;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            end = new ConnectionEnd(ConnectionEndKind.Resume, "the connection dropped: " + e.Message);
        }

        if (!end.ClosedByPeer)
        {
            // 1000/1001 would end the session; any other code keeps it resumable.
            var code = end.Kind is ConnectionEndKind.Stopped or ConnectionEndKind.NewSession ? 1000 : GatewayCloseCodes.Reconnecting;
            await CloseQuietlyAsync(code, end.Reason);
        }

        await connection.CancelAsync();
        await Task.WhenAll(new[] { heartbeat, receive }.OfType<Task>().Select(t => t.ContinueWith(static _ => { }, TaskScheduler.Default)));
        return end;
    }

    private async Task SendOpeningAsync(bool resume, CancellationToken token)
    {
        if (resume)
        {
            report(new(GatewayStatusKind.Resuming, $"resuming session {session.SessionId} at sequence {session.Sequence}"));
            var data = new ResumeData { Token = options.Token, SessionId = session.SessionId!, Seq = session.Sequence };
            await SendAsync(GatewayOpcode.Resume, JsonSerializer.SerializeToElement(data, Json.ResumeData), token);
            return;
        }

        report(new(GatewayStatusKind.Identifying, $"identifying with intents {options.Intents}"));
        var identify = new IdentifyData { Token = options.Token, Intents = options.Intents, Properties = options.Properties };
        IdentifiedAt = _time.GetUtcNow();
        await SendAsync(GatewayOpcode.Identify, JsonSerializer.SerializeToElement(identify, Json.IdentifyData), token);
    }

    /// <remarks>https://discord.com/developers/docs/events/gateway#sending-heartbeats</remarks>
    private async Task<ConnectionEnd> HeartbeatAsync(TimeSpan interval, CancellationToken token)
    {
        var due = _time.GetUtcNow() + interval * options.Random();
        while (true)
        {
            var wait = due - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, token);
            }

            if (!_acknowledged)
            {
                report(new(GatewayStatusKind.ZombieConnection, $"no heartbeat ACK within {interval.TotalSeconds:0.###} s; reconnecting to resume"));
                return new ConnectionEnd(ConnectionEndKind.Resume, "heartbeat not acknowledged (zombie connection)");
            }

            _acknowledged = false;
            await SendHeartbeatAsync(token);
            due += interval;
        }
    }

    private async Task SendHeartbeatAsync(CancellationToken token)
    {
        _heartbeatSentAt = _time.GetUtcNow();
        var sequence = session.Sequence;
        await SendAsync(GatewayOpcode.Heartbeat, sequence is { } s ? JsonSerializer.SerializeToElement(s, Json.Int32) : null, token);
    }

    private Task<ConnectionEnd> ReceiveAsync(CancellationToken token) =>
        GatewayReceiver.RunAsync(this, token);

    internal ValueTask<GatewaySocketMessage> ReceiveMessageAsync(CancellationToken token) => socket.ReceiveAsync(token);

    internal GatewaySession Session => session;

    internal void Report(GatewayStatus status) => report(status);

    internal ValueTask DispatchAsync(GatewayDispatch dispatch, CancellationToken token) => dispatches.WriteAsync(dispatch, token);

    internal void MarkSessionReached() => ReachedSession = true;

    internal void Acknowledge()
    {
        _acknowledged = true;
        report(new(GatewayStatusKind.HeartbeatAcknowledged, "heartbeat acknowledged", _time.GetUtcNow() - _heartbeatSentAt));
    }

    internal Task HeartbeatNowAsync(CancellationToken token) => SendHeartbeatAsync(token);

    private static TimeSpan? ReadHelloInterval(ReadOnlyMemory<byte> payload)
    {
        try
        {
            return Parse(payload) is { Op: GatewayOpcode.Hello, D: { } data }
                && data.Deserialize(Json.HelloData) is { HeartbeatInterval: > 0 } hello
                ? TimeSpan.FromMilliseconds(hello.HeartbeatInterval)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static GatewayPayload? Parse(ReadOnlyMemory<byte> payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload.Span, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task SendAsync(GatewayOpcode op, JsonElement? data, CancellationToken token) => _sender.SendAsync(op, data, token);

    private Task CloseQuietlyAsync(int code, string reason) => _sender.CloseQuietlyAsync(code, reason);

    public void Dispose() => _sender.Dispose();
}

using System.Net;
using System.Threading.Channels;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Support;

/// <summary>A <see cref="DiscordGateway"/> on a fake clock, scripted sockets, a stub REST handler and fixed jitter.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly Channel<GatewayStatus> _statuses = Channel.CreateUnbounded<GatewayStatus>();
    private readonly CancellationTokenSource _stop = new();
    private readonly RestHarness _rest = new();

    public GatewayHarness(double jitter = 0.25, int sendLimit = 120, Action<GatewayStatus>? observer = null)
    {
        _rest.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.OK,
            """{"url":"wss://gateway.test","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":0,"max_concurrency":1}}""");
        Sockets = new ScriptedSocketFactory(_rest.Time);
        Gateway = new DiscordGateway(
            _rest.Client,
            new DiscordGatewayOptions
            {
                Token = RestHarness.Token,
                TimeProvider = _rest.Time,
                Random = () => jitter,
                SendLimit = sendLimit,
                OnStatus = status =>
                {
                    _statuses.Writer.TryWrite(status);
                    observer?.Invoke(status);
                },
            },
            Sockets);
    }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _rest.Time;

    public DateTimeOffset Start => _rest.Start;

    public ScriptedSocketFactory Sockets { get; }

    public DiscordGateway Gateway { get; }

    public ScriptedHttpHandler Rest => _rest.Handler;

    public List<GatewayStatus> SeenStatuses { get; } = [];

    public Task Run { get; private set; } = Task.CompletedTask;

    public GatewayHarness Started()
    {
        Run = Task.Run(() => Gateway.RunAsync(_stop.Token));
        return this;
    }

    public Task StopAsync() => _stop.CancelAsync();

    /// <summary>Reads statuses until one of <paramref name="kind"/> arrives.</summary>
    public async Task<GatewayStatus> WaitForAsync(GatewayStatusKind kind)
    {
        while (true)
        {
            var status = await _statuses.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            SeenStatuses.Add(status);
            if (status.Kind == kind)
            {
                return status;
            }
        }
    }

    /// <summary>Connects, says Hello, reads the Identify, and plays READY; returns the live connection.</summary>
    public async Task<ScriptedGatewaySocket> ConnectReadyAsync(int intervalMs = 40_000)
    {
        var socket = await Sockets.NextConnectionAsync();
        socket.Hello(intervalMs);
        var identify = await socket.NextSentAsync();
        Assert.Equal(2, identify.Op);
        socket.Ready();
        await WaitForAsync(GatewayStatusKind.Ready);
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(static _ => { }, TaskScheduler.Default);
        _stop.Dispose();
        _rest.Dispose();
    }
}

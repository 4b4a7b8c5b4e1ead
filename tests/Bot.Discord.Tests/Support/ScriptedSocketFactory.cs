using System.Threading.Channels;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Support;

/// <summary>Hands out a new scripted connection per connect, or fails the connect while <see cref="FailConnects"/> is set.</summary>
internal sealed class ScriptedSocketFactory(FakeTimeProvider time) : IGatewaySocketFactory
{
    private readonly Channel<ScriptedGatewaySocket> _connections = Channel.CreateUnbounded<ScriptedGatewaySocket>();
    private int _attempts;

    public bool FailConnects { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public Task<IGatewaySocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (FailConnects)
        {
            throw new System.Net.WebSockets.WebSocketException("connection refused");
        }

        var socket = new ScriptedGatewaySocket(uri, time);
        _connections.Writer.TryWrite(socket);
        return Task.FromResult<IGatewaySocket>(socket);
    }

    public async Task<ScriptedGatewaySocket> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasPendingConnection => _connections.Reader.TryPeek(out _);
}

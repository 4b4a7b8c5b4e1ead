using System.Text;
using System.Threading.Channels;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Support;

/// <summary>A gateway connection the test plays Discord on: it queues what Discord says and records what the client sends.</summary>
internal sealed class ScriptedGatewaySocket(Uri uri, FakeTimeProvider time) : IGatewaySocket
{
    private readonly Channel<GatewaySocketMessage> _inbound = Channel.CreateUnbounded<GatewaySocketMessage>();
    private readonly Channel<SentFrame> _sent = Channel.CreateUnbounded<SentFrame>();
    private readonly TaskCompletionSource<int> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Uri { get; } = uri;

    /// <summary>The close code the client closed with.</summary>
    public Task<int> ClientClosed => _closed.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Say(string json) => _inbound.Writer.TryWrite(GatewaySocketMessage.Text(Encoding.UTF8.GetBytes(json)));

    public void Hello(int intervalMs) => Say($$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""");

    public void Ack() => Say("""{"op":11,"d":null}""");

    public void Dispatch(string type, int sequence, string data) => Say($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{type}}"}""");

    public void Ready(int sequence = 1, string sessionId = "session-1", string resumeUrl = "wss://resume.gateway.test") =>
        Dispatch("READY", sequence, $$$"""{"v":10,"user":{"id":"99","username":"blogbot","bot":true},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"4242","flags":0}}""");

    public void ServerClose(int? code, string reason = "") => _inbound.Writer.TryWrite(GatewaySocketMessage.Closed(code, reason));

    /// <summary>Ends the connection abruptly, as a network failure would.</summary>
    public void Drop() => _inbound.Writer.TryComplete(new System.Net.WebSockets.WebSocketException("connection reset"));

    public async Task<SentFrame> NextSentAsync() => await _sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasUnreadSent => _sent.Reader.TryPeek(out _);

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite(new SentFrame(Encoding.UTF8.GetString(utf8Json.Span), time.GetUtcNow()));
        return ValueTask.CompletedTask;
    }

    public async ValueTask<GatewaySocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _inbound.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    public Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        _closed.TrySetResult(closeCode);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using System.Collections.Concurrent;
using Bot.ConsoleChannel;
using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Benchmarks;

/// <summary>
/// A platform that accepts at most one message per <c>interval</c> per channel and answers 429 otherwise, with a
/// sender in front that spaces its sends with <see cref="IntervalGate"/> (respecting the limit before sending).
/// </summary>
public sealed class LimitedFakePlatform(TimeSpan interval) : IChannelSender, IDisposable
{
    private readonly ConcurrentDictionary<string, IntervalGate> gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> lastAccepted = new(StringComparer.Ordinal);
    private int tooManyRequests;
    private int accepted;

    public ChannelPlatform Platform => ChannelPlatform.Console;

    public int TooManyRequests => Volatile.Read(ref tooManyRequests);

    public int Accepted => Volatile.Read(ref accepted);

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PreparedDelivery.OnePart(token => SendAsync(request, token)));

    private async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(request.Channel.Name, _ => new IntervalGate(interval, TimeProvider.System));
        using var slot = await gate.EnterAsync(cancellationToken);
        return Accept(request);
    }

    private DeliveryResult Accept(DeliveryRequest request)
    {
        var now = TimeProvider.System.GetTimestamp();
        var previous = lastAccepted.GetValueOrDefault(request.Channel.Name, long.MinValue);
        if (previous != long.MinValue && TimeProvider.System.GetElapsedTime(previous, now) < interval - TimeSpan.FromMilliseconds(1))
        {
            Interlocked.Increment(ref tooManyRequests);
            return DeliveryResult.Transient("429 Too Many Requests", interval);
        }

        lastAccepted[request.Channel.Name] = now;
        Interlocked.Increment(ref accepted);
        return DeliveryResult.Sent($"fake-{request.DeliveryId}");
    }

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }
}

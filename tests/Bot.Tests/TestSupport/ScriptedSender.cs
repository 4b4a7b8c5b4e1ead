using System.Collections.Concurrent;
using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Tests.TestSupport;

/// <summary>
/// A platform fake: answers each request with what the script says for that delivery's n-th attempt (1-based),
/// default "sent", and records every request it saw.
/// </summary>
public sealed class ScriptedSender(
    ChannelPlatform platform,
    Func<DeliveryRequest, int, CancellationToken, Task<DeliveryResult>>? script = null) : IChannelSender
{
    private readonly ConcurrentDictionary<long, int> attemptsByDelivery = new();

    public ChannelPlatform Platform => platform;

    public ConcurrentQueue<DeliveryRequest> Requests { get; } = new();

    /// <summary>Every request as it arrives, to await.</summary>
    public Channel<DeliveryRequest> Arrivals { get; } = Channel.CreateUnbounded<DeliveryRequest>();

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PreparedDelivery.OnePart(token => SendAsync(request, token)));

    private async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Arrivals.Writer.TryWrite(request);
        var attempt = attemptsByDelivery.AddOrUpdate(request.DeliveryId, 1, (_, n) => n + 1);
        return script is null
            ? DeliveryResult.Sent($"m{request.DeliveryId}")
            : await script(request, attempt, cancellationToken);
    }

    public async Task<DeliveryRequest> NextArrivalAsync() =>
        await Arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}

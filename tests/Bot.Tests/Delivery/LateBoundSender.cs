using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Tests.Delivery;

/// <summary>Hands each request to a sender built after the worker, once the worker's fake clock exists.</summary>
internal sealed class LateBoundSender(ChannelPlatform platform) : IChannelSender
{
    public IChannelSender? Inner { get; set; }

    public ChannelPlatform Platform => platform;

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        (Inner ?? throw new InvalidOperationException("the sender under test was not set")).PrepareAsync(request, cancellationToken);
}

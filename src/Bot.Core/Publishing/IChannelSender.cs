using Bot.Core.Channels;

namespace Bot.Core.Publishing;

/// <summary>
/// Sends outbox rows to one platform. Implementations render the platform's native format, respect its rate limits
/// before sending, and report failures as results rather than exceptions. An exception is treated as transient.
/// </summary>
public interface IChannelSender
{
    ChannelPlatform Platform { get; }

    Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken);
}

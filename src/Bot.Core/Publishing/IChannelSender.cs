using Bot.Core.Channels;

namespace Bot.Core.Publishing;

/// <summary>
/// Sends outbox rows to one platform. A sender renders a delivery into the parts (messages) the platform receives, in
/// order, and sends one part at a time when asked; which parts to skip, recording progress between parts, the send
/// timeout and cancellation belong to <see cref="DeliveryParts"/>. Failures are reported as results rather than
/// exceptions; an exception is treated as transient.
/// </summary>
public interface IChannelSender
{
    ChannelPlatform Platform { get; }

    /// <summary>
    /// Renders the delivery. Rendering must be deterministic: the first parts of a retry are the ones the platform
    /// already confirmed, and they are not sent again.
    /// </summary>
    Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken);
}

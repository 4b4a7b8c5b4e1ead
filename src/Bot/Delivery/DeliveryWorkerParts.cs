using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;

namespace Bot.Delivery;

/// <summary>
/// What every channel loop shares: the store, the wake-up signal, the index, the senders by platform, and the
/// <c>Publishing</c> settings as last read successfully.
/// </summary>
internal sealed record DeliveryWorkerParts(
    IOutboxStore Store,
    WakeSignal Signal,
    PostIndexHolder Holder,
    IChannelCatalog Catalog,
    IReadOnlyDictionary<ChannelPlatform, IChannelSender> Senders,
    TimeProvider Time,
    LastGoodOptions<PublishingOptions> Options,
    DigestOptions Digest)
{
    /// <summary>Holds a post's first announcement until its link is live; null when not wired (tests of other parts).</summary>
    public LiveLink.LiveLinkGate? LiveLink { get; init; }
}

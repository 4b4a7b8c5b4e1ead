using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Delivery;

/// <summary>
/// What every channel loop shares: the store, the wake-up signal, the index, the senders by platform, and the
/// <c>Publishing</c> settings as last read successfully.
/// </summary>
internal sealed record DeliveryWorkerParts(
    IOutboxStore Store,
    OutboxSignal Signal,
    PostIndexHolder Holder,
    IChannelCatalog Catalog,
    IReadOnlyDictionary<ChannelPlatform, IChannelSender> Senders,
    TimeProvider Time,
    LastGoodOptions<PublishingOptions> Options,
    DigestOptions Digest);

using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>What every channel loop shares: the store, the wake-up signal, the index, the senders by platform.</summary>
internal sealed record DeliveryWorkerParts(
    IOutboxStore Store,
    OutboxSignal Signal,
    PostIndexHolder Holder,
    IChannelCatalog Catalog,
    IReadOnlyDictionary<ChannelPlatform, IChannelSender> Senders,
    ConcurrentDictionary<string, string> TargetOverrides,
    TimeProvider Time,
    IOptionsMonitor<PublishingOptions> Options,
    DigestOptions Digest);

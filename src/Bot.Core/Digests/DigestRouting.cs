using Bot.Core.Channels;
using Bot.Core.Publishing;

namespace Bot.Core.Digests;

/// <summary>
/// Moves the announcements meant for digest channels out of the outbox and into their digest queue. Pure.
/// </summary>
/// <remarks>
/// A <see cref="DeliveryMode.Digest"/> channel without <see cref="ChannelOptions.DigestThreshold"/> queues every post.
/// With a threshold N, the first N posts of a schedule period still go out at once; every later one in that period
/// waits for the digest.
/// </remarks>
public static class DigestRouting
{
    public static ChangeSet Divert(ChangeSet changes, IReadOnlyList<ChannelOptions> channels, IReadOnlyDictionary<string, int> periodCounts)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(periodCounts);
        var digestChannels = channels
            .Where(c => c.Mode == DeliveryMode.Digest)
            .DistinctBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
        if (digestChannels.Count == 0)
        {
            return changes;
        }

        var counts = new Dictionary<string, int>(periodCounts, StringComparer.Ordinal);
        var instant = new List<PlannedDelivery>();
        var queued = new List<PlannedDelivery>(changes.DigestQueued);
        foreach (var delivery in changes.Deliveries)
        {
            if (delivery.Kind != DeliveryKind.Announcement || !digestChannels.TryGetValue(delivery.Channel, out var channel))
            {
                instant.Add(delivery);
                continue;
            }

            var count = counts.GetValueOrDefault(channel.Name);
            counts[channel.Name] = count + 1;
            if (channel.DigestThreshold is { } threshold && count < threshold)
            {
                instant.Add(delivery);
            }
            else
            {
                queued.Add(delivery);
            }
        }

        return changes with { Deliveries = instant, DigestQueued = queued };
    }
}

using Bot.Core.Channels;
using Bot.Core.Posts;

namespace Bot.Core.Publishing;

/// <summary>
/// Compares an index with what the store has seen and decides what to record and whom to tell. Pure: the same
/// inputs always give the same <see cref="ChangeSet"/>.
/// </summary>
/// <remarks>
/// First run (never baselined): every published post is recorded as seen and nothing is announced, except each
/// channel's backfill. Later: a post never seen goes to every enabled channel that wants it; a changed post (content
/// hash) is recorded and announced again only with <c>announceUpdates</c>; a scheduled post is left unseen until its
/// date (<see cref="ChangeSet.NextDue"/> says when to look again); a channel not known yet starts now, with its backfill
/// of the newest posts it wants. Posts that left the index need nothing.
/// </remarks>
public static class ChangeDetector
{
    public static ChangeSet Detect(
        PostIndex index,
        DateTimeOffset now,
        PublishingState state,
        IReadOnlyList<ChannelOptions> channels,
        bool announceUpdates)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(channels);

        var active = channels.Where(c => c.Enabled).ToList();
        var published = index.All
            .Where(p => p.StatusAt(now) == PostStatus.Published)
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var seen = new List<SeenPost>();
        var deliveries = new List<(Post Post, string Channel)>();

        if (state.Baselined)
        {
            foreach (var post in published)
            {
                if (!state.SeenHashes.TryGetValue(post.Id, out var hash))
                {
                    seen.Add(new SeenPost(post.Id, post.ContentHash, Announced: true));
                    deliveries.AddRange(ChannelRouter.ChannelsFor(post, active).Select(c => (post, c.Name)));
                }
                else if (!string.Equals(hash, post.ContentHash, StringComparison.Ordinal))
                {
                    seen.Add(new SeenPost(post.Id, post.ContentHash, Announced: announceUpdates));
                    if (announceUpdates)
                    {
                        deliveries.AddRange(ChannelRouter.ChannelsFor(post, active).Select(c => (post, c.Name)));
                    }
                }
            }
        }
        else
        {
            seen.AddRange(published.Select(p => new SeenPost(p.Id, p.ContentHash, Announced: false)));
        }

        var newChannels = active.Where(c => !state.KnownChannels.Contains(c.Name)).ToList();
        foreach (var channel in newChannels.Where(c => c.Backfill > 0))
        {
            var backfill = published.Where(p => ChannelRouter.Wants(channel, p)).Take(channel.Backfill);
            deliveries.AddRange(backfill
                .Where(p => !deliveries.Contains((p, channel.Name)))
                .Select(p => (p, channel.Name)));
        }

        var planned = deliveries
            .OrderBy(d => d.Post.Date).ThenBy(d => d.Post.Id, StringComparer.Ordinal)
            .Select(d => new PlannedDelivery(d.Post.Id, d.Channel, DeliveryKind.Announcement))
            .ToList();
        var nextDue = index.All
            .Where(p => p.StatusAt(now) == PostStatus.Scheduled && !state.SeenHashes.ContainsKey(p.Id))
            .Select(p => (DateTimeOffset?)p.Date)
            .Min();
        return new ChangeSet(!state.Baselined, seen, [.. newChannels.Select(c => c.Name)], planned, nextDue);
    }
}

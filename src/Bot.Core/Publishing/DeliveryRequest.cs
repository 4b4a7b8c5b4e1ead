using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;

namespace Bot.Core.Publishing;

/// <summary>
/// One outbox row handed to a platform sender.
/// </summary>
/// <param name="DeliveryId">The outbox row id.</param>
/// <param name="IdempotencyKey">Stable for the row across retries and restarts, at most 25 ASCII characters (Discord <c>nonce</c>).</param>
/// <param name="Channel">The channel as configured.</param>
/// <param name="Kind">Announcement (one post) or digest (several).</param>
/// <param name="Posts">The post, or the digest's posts in delivery order.</param>
public sealed record DeliveryRequest(
    long DeliveryId,
    string IdempotencyKey,
    ChannelOptions Channel,
    DeliveryKind Kind,
    IReadOnlyList<Post> Posts)
{
    /// <summary>For a digest: the posts composed into groups, what every platform renders.</summary>
    public Digest? Digest { get; init; }

    /// <summary>Messages of this delivery the platform confirmed in earlier attempts: the sender starts after them.</summary>
    public int PartsAlreadySent { get; init; }

    /// <summary>The platform's ids of those confirmed messages, comma-separated, or null when none.</summary>
    public string? MessageIdsSoFar { get; init; }
}

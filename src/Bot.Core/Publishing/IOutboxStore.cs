using Bot.Core.Posts;

namespace Bot.Core.Publishing;

/// <summary>
/// The bot's memory of what it has seen and sent: the seen posts, the channels and the outbox. Implementations write
/// each <see cref="ChangeSet"/> atomically, so a post is never marked seen without its deliveries or vice versa.
/// </summary>
public interface IOutboxStore
{
    Task<PublishingState> LoadStateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Once after the upgrade to schema version 4: moves the rows kept under each post's old id
    /// (<see cref="Post.LegacyId"/>) to its source path id and records posts an old duplicate id had hidden as seen.
    /// Returns null when there is nothing left to do (a new database, or already done).
    /// </summary>
    Task<PostIdentityUpgrade?> AdoptSourcePathIdsAsync(IReadOnlyList<Post> posts, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes the change set in one transaction; returns the number of outbox rows written.</summary>
    Task<int> ApplyAsync(ChangeSet changes, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The oldest pending row of a channel, whatever its next attempt time, or null when none is pending.</summary>
    Task<OutboxEntry?> NextPendingAsync(string channel, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a send of the row is about to leave, before it does. Recording any outcome clears it, so a row read
    /// back with <see cref="OutboxEntry.UnconfirmedSends"/> above 0 was sent (perhaps) without its outcome recorded.
    /// </summary>
    Task BeginSendAsync(long deliveryId, CancellationToken cancellationToken);

    Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkFailedAsync(long deliveryId, string error, DateTimeOffset now, CancellationToken cancellationToken);

    Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken);

    /// <summary>
    /// Schedules the retry and records, in the same update, how many messages of a multi-part delivery the platform has
    /// confirmed in all so far and their ids, so the retry resumes after them.
    /// </summary>
    Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken);

    /// <summary>Records the messages of a multi-part delivery confirmed so far, between two parts of one attempt.</summary>
    Task RecordProgressAsync(long deliveryId, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken);

    /// <summary>Queues new rows for a post (the <c>resend</c> verb); returns the number written.</summary>
    Task<int> EnqueueAsync(string postId, IReadOnlyList<string> channels, DeliveryKind kind, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Decides every held delivery (<c>Bot release</c>): pending again, to be sent, or with <paramref name="drop"/>
    /// skipped for good. Returns how many rows it decided.
    /// </summary>
    Task<int> ReleaseHeldAsync(bool drop, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// In ONE transaction: records <paramref name="now"/> as the digest channel's last digest and, when posts wait for it,
    /// writes them as one outbox row of kind <see cref="DeliveryKind.Digest"/> and empties its queue. Returns the row, or
    /// null for an empty period.
    /// </summary>
    Task<DigestClosed?> CloseDigestAsync(string channel, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records where the platform moved a channel (Telegram <c>migrate_to_chat_id</c>).</summary>
    Task SaveTargetOverrideAsync(string channel, string target, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string>> LoadTargetOverridesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelDeliveryStatus>> LoadChannelStatusAsync(CancellationToken cancellationToken);
}

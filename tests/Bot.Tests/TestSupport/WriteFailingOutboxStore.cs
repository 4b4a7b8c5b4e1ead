using Bot.Core.Posts;
using Bot.Core.Publishing;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.TestSupport;

/// <summary>
/// A real SQLite store whose outcome writes (sent, failed, retry) fail the first <c>failures</c> times with SQLite's
/// own "database or disk is full", as on a full disk after a message went out. Everything else passes through.
/// </summary>
public sealed class WriteFailingOutboxStore(IOutboxStore inner, int failures) : IOutboxStore
{
    private int remaining = failures;

    /// <summary>Completes at the first failed write.</summary>
    public TaskCompletionSource FirstFailure { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int FailedWrites { get; private set; }

    public Task<PublishingState> LoadStateAsync(CancellationToken cancellationToken) => inner.LoadStateAsync(cancellationToken);

    public Task<int> ApplyAsync(ChangeSet changes, DateTimeOffset now, CancellationToken cancellationToken) => inner.ApplyAsync(changes, now, cancellationToken);

    public Task<OutboxEntry?> NextPendingAsync(string channel, CancellationToken cancellationToken) => inner.NextPendingAsync(channel, cancellationToken);

    public Task BeginSendAsync(long deliveryId, CancellationToken cancellationToken) => inner.BeginSendAsync(deliveryId, cancellationToken);

    public Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        FailOrRun(() => inner.MarkSentAsync(deliveryId, messageId, now, cancellationToken));

    public Task MarkFailedAsync(long deliveryId, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        FailOrRun(() => inner.MarkFailedAsync(deliveryId, error, now, cancellationToken));

    public Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken) =>
        FailOrRun(() => inner.ScheduleRetryAsync(deliveryId, error, nextAttempt, cancellationToken));

    public Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken) =>
        FailOrRun(() => inner.ScheduleRetryAsync(deliveryId, error, nextAttempt, partsSent, messageIdsSoFar, cancellationToken));

    public Task RecordProgressAsync(long deliveryId, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken) =>
        inner.RecordProgressAsync(deliveryId, partsSent, messageIdsSoFar, cancellationToken);

    public Task<int> EnqueueAsync(string postId, IReadOnlyList<string> channels, DeliveryKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.EnqueueAsync(postId, channels, kind, now, cancellationToken);

    public Task<int> ReleaseHeldAsync(bool drop, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ReleaseHeldAsync(drop, now, cancellationToken);

    public Task<PostIdentityUpgrade?> AdoptSourcePathIdsAsync(IReadOnlyList<Post> posts, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.AdoptSourcePathIdsAsync(posts, now, cancellationToken);

    public Task<DigestClosed?> CloseDigestAsync(string channel, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.CloseDigestAsync(channel, now, cancellationToken);

    public Task SaveTargetOverrideAsync(string channel, string target, CancellationToken cancellationToken) =>
        inner.SaveTargetOverrideAsync(channel, target, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> LoadTargetOverridesAsync(CancellationToken cancellationToken) =>
        inner.LoadTargetOverridesAsync(cancellationToken);

    public Task<IReadOnlyList<ChannelDeliveryStatus>> LoadChannelStatusAsync(CancellationToken cancellationToken) =>
        inner.LoadChannelStatusAsync(cancellationToken);

    private Task FailOrRun(Func<Task> write)
    {
        if (Interlocked.Decrement(ref remaining) < 0)
        {
            return write();
        }

        FailedWrites++;
        FirstFailure.TrySetResult();
        throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
    }
}

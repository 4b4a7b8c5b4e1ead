using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Storage;

/// <summary>The outbox and what the bot has seen, in SQLite. Each change set is one transaction.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, TimeProvider time) : IOutboxStore
{
    public Task<PublishingState> LoadStateAsync(CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var state = new PublishingState(
            MetaTable.Get(connection, null, MetaTable.BaselineKey) is not null,
            SeenPostsTable.LoadHashes(connection),
            ChannelsTable.LoadNames(connection))
        {
            DigestPeriodCounts = DigestQueueTable.LoadPeriodCounts(connection),
        };
        return Task.FromResult(state);
    }

    public Task<PostIdentityUpgrade?> AdoptSourcePathIdsAsync(IReadOnlyList<Post> posts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        using var connection = database.Open();
        return Task.FromResult(PostIdentityMigration.Apply(connection, posts, now));
    }

    public Task<int> ApplyAsync(ChangeSet changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (changes.Baseline)
        {
            MetaTable.Set(connection, transaction, MetaTable.BaselineKey, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var post in changes.Seen)
        {
            SeenPostsTable.Upsert(connection, transaction, post, now);
        }

        foreach (var channel in changes.NewChannels)
        {
            ChannelsTable.InsertIfMissing(connection, transaction, channel, now);
        }

        foreach (var delivery in changes.Deliveries)
        {
            DeliveriesTable.Insert(connection, transaction, delivery.PostId, delivery.Channel, delivery.Kind, now);
        }

        foreach (var held in changes.Held)
        {
            DeliveriesTable.Insert(connection, transaction, held.PostId, held.Channel, held.Kind, now, DeliveriesTable.Held, changes.HoldReason);
        }

        foreach (var waiting in changes.DigestQueued)
        {
            DigestQueueTable.Insert(connection, transaction, waiting.Channel, waiting.PostId, now);
        }

        transaction.Commit();
        return Task.FromResult(changes.Deliveries.Count);
    }

    public Task<OutboxEntry?> NextPendingAsync(string channel, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(DeliveriesTable.NextPending(connection, channel));
    }

    public Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.MarkSent(connection, deliveryId, messageId, now);
        return Task.CompletedTask;
    }

    public Task BeginSendAsync(long deliveryId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.BeginSend(connection, deliveryId);
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long deliveryId, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.MarkFailed(connection, deliveryId, error, now);
        return Task.CompletedTask;
    }

    public Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.ScheduleRetry(connection, deliveryId, error, nextAttempt);
        return Task.CompletedTask;
    }

    public Task ScheduleRetryAsync(long deliveryId, string error, DateTimeOffset nextAttempt, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.ScheduleRetryWithProgress(connection, deliveryId, error, nextAttempt, partsSent, messageIdsSoFar);
        return Task.CompletedTask;
    }

    public Task RecordProgressAsync(long deliveryId, int partsSent, string? messageIdsSoFar, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        DeliveriesTable.RecordProgress(connection, deliveryId, partsSent, messageIdsSoFar);
        return Task.CompletedTask;
    }

    public Task<int> EnqueueAsync(string postId, IReadOnlyList<string> channels, DeliveryKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channels);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var channel in channels)
        {
            DeliveriesTable.Insert(connection, transaction, postId, channel, kind, now);
        }

        transaction.Commit();
        return Task.FromResult(channels.Count);
    }

    public Task<int> ReleaseHeldAsync(bool drop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(DeliveriesTable.ReleaseHeld(connection, drop, now));
    }

    public Task<DigestClosed?> CloseDigestAsync(string channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var postIds = DigestQueueTable.Load(connection, transaction, channel);
        DigestStateTable.Set(connection, transaction, channel, now);
        DigestClosed? closed = null;
        if (postIds.Count > 0)
        {
            var rowKey = SqliteDigestStore.DigestRowPrefix + SqliteCommands.ToUnixMs(now).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = DeliveriesTable.InsertReturningId(connection, transaction, rowKey, channel, DeliveryKind.Digest, now);
            DeliveryPostsTable.Insert(connection, transaction, id, postIds);
            DigestQueueTable.Clear(connection, transaction, channel);
            closed = new DigestClosed(id, channel, postIds);
        }

        transaction.Commit();
        return Task.FromResult(closed);
    }

    public Task SaveTargetOverrideAsync(string channel, string target, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        ChannelsTable.SetTargetOverride(connection, channel, target, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>> LoadTargetOverridesAsync(CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(ChannelsTable.LoadTargetOverrides(connection));
    }

    public Task<IReadOnlyList<ChannelDeliveryStatus>> LoadChannelStatusAsync(CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var overrides = ChannelsTable.LoadTargetOverrides(connection);
        return Task.FromResult<IReadOnlyList<ChannelDeliveryStatus>>(DeliveriesTable.LoadStatus(connection, overrides));
    }
}

using Bot.Core.Publishing;

namespace Bot.Storage;

/// <summary>
/// Digest bookkeeping in SQLite: when each digest channel last had its digest, and turning a channel's waiting posts
/// into one outbox row of kind <see cref="DeliveryKind.Digest"/>.
/// </summary>
public sealed class SqliteDigestStore(SqliteDatabase database)
{
    /// <summary>The prefix of a digest row's <c>post_id</c>; the row's posts are in <c>delivery_posts</c>.</summary>
    public const string DigestRowPrefix = "digest@";

    public IReadOnlyDictionary<string, DateTimeOffset> LoadLastDigests()
    {
        using var connection = database.Open();
        return DigestStateTable.LoadAll(connection);
    }

    /// <summary>A digest channel seen for the first time starts its first period now.</summary>
    public void StartChannel(string channel, DateTimeOffset now)
    {
        using var connection = database.Open();
        DigestStateTable.InsertIfMissing(connection, null, channel, now);
    }

    /// <summary>Every channel that has posts waiting for a digest.</summary>
    public IReadOnlySet<string> LoadChannelsWithWaiting()
    {
        using var connection = database.Open();
        return DigestQueueTable.LoadChannels(connection);
    }

    public IReadOnlyList<string> LoadWaiting(string channel)
    {
        using var connection = database.Open();
        return DigestQueueTable.Load(connection, null, channel);
    }

    /// <summary>
    /// In ONE transaction: records <paramref name="now"/> as the channel's last digest and, when posts wait, writes them
    /// as one digest row of the outbox and empties the queue. Returns the row, or null for an empty period.
    /// </summary>
    public DigestClosed? CloseDigest(string channel, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var postIds = DigestQueueTable.Load(connection, transaction, channel);
        DigestStateTable.Set(connection, transaction, channel, now);
        DigestClosed? closed = null;
        if (postIds.Count > 0)
        {
            var rowKey = DigestRowPrefix + SqliteCommands.ToUnixMs(now).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = DeliveriesTable.InsertReturningId(connection, transaction, rowKey, channel, DeliveryKind.Digest, now);
            DeliveryPostsTable.Insert(connection, transaction, id, postIds);
            DigestQueueTable.Clear(connection, transaction, channel);
            closed = new DigestClosed(id, channel, postIds);
        }

        transaction.Commit();
        return closed;
    }
}

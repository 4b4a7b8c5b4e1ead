using Bot.Core.Publishing;

namespace Bot.Storage;

/// <summary>
/// Digest bookkeeping in SQLite: when each digest channel last had its digest and which posts wait for it. Closing a
/// digest writes an outbox row, so it is <see cref="IOutboxStore.CloseDigestAsync"/>: one writer of outbox rows.
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
}

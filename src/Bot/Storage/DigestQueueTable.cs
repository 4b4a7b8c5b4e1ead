using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>digest_queue</c> table: per digest channel, the posts waiting for its next digest.</summary>
internal static class DigestQueueTable
{
    /// <summary>A post already waiting stays once (a changed post re-announced is still one entry).</summary>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, string channel, string postId, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "INSERT INTO digest_queue (channel, post_id, queued) VALUES ($channel, $post, $now) ON CONFLICT (channel, post_id) DO NOTHING;",
            ("$channel", channel), ("$post", postId), ("$now", SqliteCommands.ToUnixMs(now)));
        command.ExecuteNonQuery();
    }

    public static List<string> Load(SqliteConnection connection, SqliteTransaction? transaction, string channel)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "SELECT post_id FROM digest_queue WHERE channel = $channel ORDER BY queued, rowid;", ("$channel", channel));
        using var reader = command.ExecuteReader();
        var postIds = new List<string>();
        while (reader.Read())
        {
            postIds.Add(reader.GetString(0));
        }

        return postIds;
    }

    public static HashSet<string> LoadChannels(SqliteConnection connection)
    {
        using var command = SqliteCommands.Create(connection, null, "SELECT DISTINCT channel FROM digest_queue;");
        using var reader = command.ExecuteReader();
        var channels = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            channels.Add(reader.GetString(0));
        }

        return channels;
    }

    public static void Clear(SqliteConnection connection, SqliteTransaction transaction, string channel)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "DELETE FROM digest_queue WHERE channel = $channel;", ("$channel", channel));
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Per channel, the posts of its current schedule period: announcements written since its last digest (or since it
    /// started) plus the posts waiting in its queue.
    /// </summary>
    public static Dictionary<string, int> LoadPeriodCounts(SqliteConnection connection)
    {
        using var command = SqliteCommands.Create(connection, null, """
            SELECT c.name,
                (SELECT COUNT(*) FROM deliveries d
                    WHERE d.channel = c.name AND d.kind = 'Announcement' AND d.created >= COALESCE(s.last_digest, c.first_seen))
                + (SELECT COUNT(*) FROM digest_queue q WHERE q.channel = c.name)
            FROM channels c LEFT JOIN digest_state s ON s.channel = c.name;
            """);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}

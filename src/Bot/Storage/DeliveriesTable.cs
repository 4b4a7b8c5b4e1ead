using Bot.Core.Publishing;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>deliveries</c> table, the outbox: one row per (post, channel) message, pending until the platform confirms.</summary>
internal static class DeliveriesTable
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Held = "held";
    public const string Skipped = "skipped";

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, string postId, string channel, DeliveryKind kind, DateTimeOffset now) =>
        Insert(connection, transaction, postId, channel, kind, now, Pending, null);

    /// <summary>Inserts a row with <paramref name="status"/> pending or held; a held row carries why in <c>last_error</c>.</summary>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, string postId, string channel, DeliveryKind kind, DateTimeOffset now, string status, string? reason)
    {
        using var command = SqliteCommands.Create(connection, transaction, """
            INSERT INTO deliveries (post_id, channel, kind, status, attempts, next_attempt, created, last_error)
            VALUES ($post, $channel, $kind, $status, 0, $now, $now, $reason);
            """,
            ("$post", postId), ("$channel", channel), ("$kind", kind.ToString()), ("$now", SqliteCommands.ToUnixMs(now)),
            ("$status", status), ("$reason", reason));
        command.ExecuteNonQuery();
    }

    /// <summary>Held rows become pending (sent by the running service) or, with <paramref name="drop"/>, skipped for good.</summary>
    public static int ReleaseHeld(SqliteConnection connection, bool drop, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET status = $status, last_error = NULL, next_attempt = $now WHERE status = 'held';",
            ("$status", drop ? Skipped : Pending), ("$now", SqliteCommands.ToUnixMs(now)));
        return command.ExecuteNonQuery();
    }

    /// <summary>Inserts a pending row and returns its id.</summary>
    public static long InsertReturningId(SqliteConnection connection, SqliteTransaction transaction, string postId, string channel, DeliveryKind kind, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, transaction, """
            INSERT INTO deliveries (post_id, channel, kind, status, attempts, next_attempt, created)
            VALUES ($post, $channel, $kind, 'pending', 0, $now, $now) RETURNING id;
            """,
            ("$post", postId), ("$channel", channel), ("$kind", kind.ToString()), ("$now", SqliteCommands.ToUnixMs(now)));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static OutboxEntry? NextPending(SqliteConnection connection, string channel)
    {
        using var command = SqliteCommands.Create(connection, null, """
            SELECT id, post_id, channel, kind, attempts, next_attempt, parts_sent, part_message_ids, unconfirmed_sends FROM deliveries
            WHERE channel = $channel AND status = 'pending' ORDER BY id LIMIT 1;
            """, ("$channel", channel));
        OutboxEntry? entry;
        using (var reader = command.ExecuteReader())
        {
            entry = reader.Read()
            ? new OutboxEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<DeliveryKind>(reader.GetString(3)),
                reader.GetInt32(4),
                SqliteCommands.FromUnixMs(reader.GetInt64(5)))
            {
                PartsSent = reader.GetInt32(6),
                MessageIdsSoFar = SqliteCommands.NullableString(reader, 7),
                UnconfirmedSends = reader.GetInt32(8),
            }
            : null;
        }

        return entry is { Kind: DeliveryKind.Digest }
            ? entry with { DigestPostIds = DeliveryPostsTable.Load(connection, entry.Id) }
            : entry;
    }

    /// <summary>Only a pending row changes: a row already sent is never turned back.</summary>
    public static void MarkSent(SqliteConnection connection, long id, string messageId, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET status = 'sent', message_id = $message, sent = $now, last_error = NULL WHERE id = $id AND status = 'pending';",
            ("$id", id), ("$message", messageId), ("$now", SqliteCommands.ToUnixMs(now)));
        command.ExecuteNonQuery();
    }

    /// <summary>Counts a send as begun before it leaves; recording its outcome resets the count.</summary>
    public static void BeginSend(SqliteConnection connection, long id)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET unconfirmed_sends = unconfirmed_sends + 1 WHERE id = $id AND status = 'pending';", ("$id", id));
        command.ExecuteNonQuery();
    }

    public static void MarkFailed(SqliteConnection connection, long id, string error, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = $error, next_attempt = $now WHERE id = $id AND status = 'pending';",
            ("$id", id), ("$error", error), ("$now", SqliteCommands.ToUnixMs(now)));
        command.ExecuteNonQuery();
    }

    public static void ScheduleRetry(SqliteConnection connection, long id, string error, DateTimeOffset nextAttempt)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET attempts = attempts + 1, last_error = $error, next_attempt = $next, unconfirmed_sends = 0 WHERE id = $id AND status = 'pending';",
            ("$id", id), ("$error", error), ("$next", SqliteCommands.ToUnixMs(nextAttempt)));
        command.ExecuteNonQuery();
    }

    /// <summary>The retry and the parts confirmed so far in one statement, so a crash keeps both or neither.</summary>
    public static void ScheduleRetryWithProgress(SqliteConnection connection, long id, string error, DateTimeOffset nextAttempt, int partsSent, string? messageIds)
    {
        using var command = SqliteCommands.Create(connection, null, """
            UPDATE deliveries SET attempts = attempts + 1, last_error = $error, next_attempt = $next,
                parts_sent = $parts, part_message_ids = $ids, unconfirmed_sends = 0
            WHERE id = $id AND status = 'pending';
            """,
            ("$id", id), ("$error", error), ("$next", SqliteCommands.ToUnixMs(nextAttempt)), ("$parts", partsSent), ("$ids", messageIds));
        command.ExecuteNonQuery();
    }

    public static void RecordProgress(SqliteConnection connection, long id, int partsSent, string? messageIds)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE deliveries SET parts_sent = $parts, part_message_ids = $ids WHERE id = $id AND status = 'pending';",
            ("$id", id), ("$parts", partsSent), ("$ids", messageIds));
        command.ExecuteNonQuery();
    }

    public static List<ChannelDeliveryStatus> LoadStatus(SqliteConnection connection, IReadOnlyDictionary<string, string> overrides)
    {
        using var command = SqliteCommands.Create(connection, null, """
            SELECT d.channel,
                SUM(d.status = 'sent'), SUM(d.status = 'pending'), SUM(d.status = 'failed'), SUM(d.status = 'held'),
                (SELECT e.last_error FROM deliveries e WHERE e.channel = d.channel AND e.last_error IS NOT NULL ORDER BY e.id DESC LIMIT 1),
                MAX(d.sent)
            FROM deliveries d GROUP BY d.channel ORDER BY d.channel;
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<ChannelDeliveryStatus>();
        while (reader.Read())
        {
            var channel = reader.GetString(0);
            rows.Add(new ChannelDeliveryStatus(
                channel,
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                SqliteCommands.NullableString(reader, 5),
                SqliteCommands.FromNullableUnixMs(reader, 6),
                overrides.GetValueOrDefault(channel))
            {
                Held = reader.GetInt32(4),
            });
        }

        return rows;
    }
}

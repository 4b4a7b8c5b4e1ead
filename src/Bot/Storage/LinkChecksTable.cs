using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>link_checks</c> table (schema version 8): one row per post whose link the bot waited for.</summary>
internal static class LinkChecksTable
{
    private const string Columns = "post_id, link, first_check, next_check, checks, last_answer, outcome, decided";

    public static LinkCheck? Find(SqliteConnection connection, string postId)
    {
        using var command = SqliteCommands.Create(connection, null, $"SELECT {Columns} FROM link_checks WHERE post_id = $post;", ("$post", postId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>
    /// A new wait for <paramref name="link"/>, replacing any older one of the post. It counts from when the post's
    /// announcement was first queued, so posts queued together behind one that waits do not each start a full window.
    /// A post that has no check yet but was announced before (queued again by <c>resend</c>) is live at once.
    /// </summary>
    public static LinkCheck Start(SqliteConnection connection, string postId, string link, DateTimeOffset now, bool firstEver)
    {
        using var command = SqliteCommands.Create(connection, null, $"""
            INSERT OR REPLACE INTO link_checks ({Columns})
            SELECT $post, $link,
                MIN($now, COALESCE((SELECT MIN(created) FROM deliveries WHERE post_id = $post AND status = 'pending' AND kind = 'Announcement'), $now)),
                $now, 0, NULL, o.outcome, CASE o.outcome WHEN 'live' THEN $now END
            FROM (SELECT CASE WHEN $firstEver AND EXISTS (SELECT 1 FROM deliveries WHERE post_id = $post AND status = 'sent' AND kind = 'Announcement')
                THEN 'live' ELSE 'waiting' END AS outcome) o
            RETURNING {Columns};
            """,
            ("$post", postId), ("$link", link), ("$now", SqliteCommands.ToUnixMs(now)), ("$firstEver", firstEver));
        using var reader = command.ExecuteReader();
        reader.Read();
        return Read(reader);
    }

    public static void RecordWaiting(SqliteConnection connection, string postId, int checks, string answer, DateTimeOffset nextCheck)
    {
        using var command = SqliteCommands.Create(connection, null,
            "UPDATE link_checks SET checks = $checks, last_answer = $answer, next_check = $next WHERE post_id = $post AND outcome = 'waiting';",
            ("$post", postId), ("$checks", checks), ("$answer", answer), ("$next", SqliteCommands.ToUnixMs(nextCheck)));
        command.ExecuteNonQuery();
    }

    public static void Decide(SqliteConnection connection, string postId, LinkCheckOutcome outcome, int checks, string answer, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, null, """
            UPDATE link_checks SET outcome = $outcome, checks = $checks, last_answer = $answer, decided = $now, next_check = $now
            WHERE post_id = $post AND outcome = 'waiting';
            """,
            ("$post", postId), ("$outcome", ToText(outcome)), ("$checks", checks), ("$answer", answer), ("$now", SqliteCommands.ToUnixMs(now)));
        command.ExecuteNonQuery();
    }

    /// <summary>Every post still waiting, then the newest <paramref name="timedOut"/> that were announced without a live link.</summary>
    public static List<LinkCheck> LoadNotable(SqliteConnection connection, int timedOut)
    {
        using var command = SqliteCommands.Create(connection, null, $"""
            SELECT {Columns} FROM link_checks WHERE outcome = 'waiting'
            UNION ALL
            SELECT * FROM (SELECT {Columns} FROM link_checks WHERE outcome = 'timed_out' ORDER BY decided DESC LIMIT $limit);
            """, ("$limit", timedOut));
        using var reader = command.ExecuteReader();
        var checks = new List<LinkCheck>();
        while (reader.Read())
        {
            checks.Add(Read(reader));
        }

        return checks;
    }

    private static LinkCheck Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        SqliteCommands.FromUnixMs(reader.GetInt64(2)),
        SqliteCommands.FromUnixMs(reader.GetInt64(3)),
        reader.GetInt32(4),
        SqliteCommands.NullableString(reader, 5),
        FromText(reader.GetString(6)),
        SqliteCommands.FromNullableUnixMs(reader, 7));

    private static string ToText(LinkCheckOutcome outcome) => outcome switch
    {
        LinkCheckOutcome.Live => "live",
        LinkCheckOutcome.TimedOut => "timed_out",
        _ => "waiting",
    };

    private static LinkCheckOutcome FromText(string text) => text switch
    {
        "live" => LinkCheckOutcome.Live,
        "timed_out" => LinkCheckOutcome.TimedOut,
        _ => LinkCheckOutcome.Waiting,
    };
}

using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>digest_state</c> table: per digest channel, the moment of its last digest tick.</summary>
internal static class DigestStateTable
{
    public static Dictionary<string, DateTimeOffset> LoadAll(SqliteConnection connection)
    {
        using var command = SqliteCommands.Create(connection, null, "SELECT channel, last_digest FROM digest_state;");
        using var reader = command.ExecuteReader();
        var last = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (reader.Read())
        {
            last[reader.GetString(0)] = SqliteCommands.FromUnixMs(reader.GetInt64(1));
        }

        return last;
    }

    public static void InsertIfMissing(SqliteConnection connection, SqliteTransaction? transaction, string channel, DateTimeOffset lastDigest)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "INSERT INTO digest_state (channel, last_digest) VALUES ($channel, $last) ON CONFLICT (channel) DO NOTHING;",
            ("$channel", channel), ("$last", SqliteCommands.ToUnixMs(lastDigest)));
        command.ExecuteNonQuery();
    }

    public static void Set(SqliteConnection connection, SqliteTransaction transaction, string channel, DateTimeOffset lastDigest)
    {
        using var command = SqliteCommands.Create(connection, transaction, """
            INSERT INTO digest_state (channel, last_digest) VALUES ($channel, $last)
            ON CONFLICT (channel) DO UPDATE SET last_digest = excluded.last_digest;
            """,
            ("$channel", channel), ("$last", SqliteCommands.ToUnixMs(lastDigest)));
        command.ExecuteNonQuery();
    }
}

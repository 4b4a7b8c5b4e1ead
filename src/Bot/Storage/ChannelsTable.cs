using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>channels</c> table: when each channel was first seen, and where its platform moved it.</summary>
internal static class ChannelsTable
{
    public static HashSet<string> LoadNames(SqliteConnection connection)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var command = SqliteCommands.Create(connection, null, "SELECT name FROM channels;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public static void InsertIfMissing(SqliteConnection connection, SqliteTransaction transaction, string name, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "INSERT INTO channels (name, first_seen) VALUES ($name, $now) ON CONFLICT (name) DO NOTHING;",
            ("$name", name), ("$now", SqliteCommands.ToUnixMs(now)));
        command.ExecuteNonQuery();
    }

    public static void SetTargetOverride(SqliteConnection connection, string name, string target, DateTimeOffset now)
    {
        using var command = SqliteCommands.Create(connection, null, """
            INSERT INTO channels (name, first_seen, target_override) VALUES ($name, $now, $target)
            ON CONFLICT (name) DO UPDATE SET target_override = excluded.target_override;
            """,
            ("$name", name), ("$now", SqliteCommands.ToUnixMs(now)), ("$target", target));
        command.ExecuteNonQuery();
    }

    public static Dictionary<string, string> LoadTargetOverrides(SqliteConnection connection)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = SqliteCommands.Create(connection, null, "SELECT name, target_override FROM channels WHERE target_override IS NOT NULL;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            overrides[reader.GetString(0)] = reader.GetString(1);
        }

        return overrides;
    }
}

using Bot.Core.Repository;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>repository_health</c> table: one row, the watcher's last report.</summary>
internal static class RepositoryHealthTable
{
    public static void Save(SqliteConnection connection, RepositoryHealth health)
    {
        using var command = SqliteCommands.Create(connection, null, """
            INSERT INTO repository_health (id, last_scan, post_count, warning_count, last_pull, last_error)
            VALUES (1, $scan, $posts, $warnings, $pull, $error)
            ON CONFLICT (id) DO UPDATE SET last_scan = excluded.last_scan, post_count = excluded.post_count,
                warning_count = excluded.warning_count, last_pull = excluded.last_pull, last_error = excluded.last_error;
            """,
            ("$scan", health.LastScan is { } scan ? SqliteCommands.ToUnixMs(scan) : null),
            ("$posts", health.PostCount),
            ("$warnings", health.WarningCount),
            ("$pull", health.LastPull is { } pull ? SqliteCommands.ToUnixMs(pull) : null),
            ("$error", health.LastError));
        command.ExecuteNonQuery();
    }

    public static RepositoryHealth? Load(SqliteConnection connection)
    {
        using var command = SqliteCommands.Create(connection, null,
            "SELECT last_scan, post_count, warning_count, last_pull, last_error FROM repository_health WHERE id = 1;");
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new RepositoryHealth(
                SqliteCommands.FromNullableUnixMs(reader, 0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                SqliteCommands.FromNullableUnixMs(reader, 3),
                SqliteCommands.NullableString(reader, 4))
            : null;
    }
}

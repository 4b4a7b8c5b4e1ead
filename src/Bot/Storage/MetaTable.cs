using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The <c>meta</c> table: single facts about the database, such as when the first-run baseline happened.</summary>
internal static class MetaTable
{
    public const string BaselineKey = "baseline_at";

    public static string? Get(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = SqliteCommands.Create(connection, transaction, "SELECT value FROM meta WHERE key = $key;", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    public static void Set(SqliteConnection connection, SqliteTransaction transaction, string key, string value)
    {
        using var command = SqliteCommands.Create(connection, transaction,
            "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            ("$key", key), ("$value", value));
        command.ExecuteNonQuery();
    }
}

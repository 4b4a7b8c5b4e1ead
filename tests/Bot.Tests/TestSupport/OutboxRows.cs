using Microsoft.Data.Sqlite;

namespace Bot.Tests.TestSupport;

/// <summary>Reads the deliveries table of a database file directly, independent of the store under test.</summary>
public static class OutboxRows
{
    public static IReadOnlyList<OutboxRow> Read(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, post_id, channel, status, attempts, message_id, last_error FROM deliveries ORDER BY id;";
        using var reader = command.ExecuteReader();
        var rows = new List<OutboxRow>();
        while (reader.Read())
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>
/// Opens connections to the bot's database. The first open creates the folder and the file, switches to WAL and
/// migrates the schema; every connection gets <c>busy_timeout</c> so the service and a CLI verb can share the file.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly int busyTimeoutMs;
    private readonly Lazy<int> migrated;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = Path.GetFullPath(options.Value.Path);
        busyTimeoutMs = (int)options.Value.BusyTimeout.TotalMilliseconds;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
        migrated = new Lazy<int>(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    /// <summary>The schema version after start-up migration.</summary>
    public int SchemaVersion => migrated.Value;

    public SqliteConnection Open()
    {
        _ = migrated.Value;
        return OpenRaw();
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private int Initialize()
    {
        if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = OpenRaw();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        return SchemaMigrator.Migrate(connection, SchemaMigrations.All);
    }
}

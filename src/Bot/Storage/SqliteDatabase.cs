using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>
/// Opens connections to the bot's database. The first open creates the folder and the file, switches to WAL and
/// migrates the schema; every connection gets <c>busy_timeout</c> so the service and a CLI verb can share the file.
/// A file that cannot be used is reported as <see cref="StorageUnavailableException"/> and never overwritten; a file
/// deleted or replaced after the first open (its <see cref="FileIdentity"/> changed) is refused, and
/// <see cref="Replaced"/> is raised once, so nothing is written to a file nobody will read.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly int busyTimeoutMs;
    private readonly Lazy<int> migrated;
    private FileIdentity? identity;
    private int replacedRaised;

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

    /// <summary>Raised once, with the explanation, when the file was deleted or replaced after the first open.</summary>
    public event Action<StorageUnavailableException>? Replaced;

    public SqliteConnection Open()
    {
        _ = migrated.Value;
        EnsureSameFile();
        try
        {
            return OpenRaw();
        }
        catch (SqliteException ex)
        {
            throw StorageErrors.Explain(FilePath, ex);
        }
    }

    private void EnsureSameFile()
    {
        if (identity is not { } expected || FileIdentity.Of(FilePath) == expected)
        {
            return;
        }

        var error = new StorageUnavailableException(
            $"Storage:Path '{FilePath}' was deleted or replaced while the bot was running; nothing more is written to the old file. "
            + "Restore the database (or remove what replaced it to start empty) and start the bot again.");
        if (Interlocked.Exchange(ref replacedRaised, 1) == 0)
        {
            Replaced?.Invoke(error);
        }

        throw error;
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
        try
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

            var version = SchemaMigrator.Migrate(connection, SchemaMigrations.All);
            identity = FileIdentity.Of(FilePath);
            return version;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw StorageErrors.Explain(FilePath, ex);
        }
    }
}

using Bot.Core.Repository;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public void Open_FirstRun_CreatesFolderAndFileInWalModeAtNewestSchema()
    {
        using var folder = new TempFolder();
        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = folder.Combine("nested", "data", "bot.db") }));

        using var connection = database.Open();

        Assert.True(File.Exists(folder.Combine("nested", "data", "bot.db")));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SchemaMigrator.CurrentVersion, Scalar(connection, "PRAGMA user_version;"));
        Assert.Equal(5000L, Scalar(connection, "PRAGMA busy_timeout;"));
        Assert.Equal(
            ["channels", "deliveries", "delivery_posts", "digest_queue", "digest_state", "link_checks", "meta", "repository_health", "seen_posts"],
            Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;"));
    }

    [Fact]
    public void Migrate_RunsOnlyStepsNewerThanUserVersion_InOrder()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={folder.Combine("m.db")};Pooling=False");
        connection.Open();
        SqliteMigration[] first = [new(1, "one", "CREATE TABLE one (x INTEGER);")];
        SqliteMigration[] later = [.. first, new(2, "two", "CREATE TABLE two (x INTEGER);"), new(3, "three", "ALTER TABLE two ADD COLUMN y TEXT;")];

        Assert.Equal(1, SchemaMigrator.Migrate(connection, first));
        Assert.Equal(3, SchemaMigrator.Migrate(connection, later));
        Assert.Equal(3, SchemaMigrator.Migrate(connection, later));

        Assert.Equal(["one", "two"], Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;"));
    }

    [Fact]
    public void Migrate_FailingStep_RollsBackAndKeepsPreviousVersion()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={folder.Combine("m.db")};Pooling=False");
        connection.Open();
        SqliteMigration[] steps = [new(1, "one", "CREATE TABLE one (x INTEGER);"), new(2, "bad", "CREATE TABLE two (x INTEGER); NOT SQL;")];

        Assert.ThrowsAny<SqliteException>(() => SchemaMigrator.Migrate(connection, steps));

        Assert.Equal(1, SchemaMigrator.ReadVersion(connection));
        Assert.Equal(["one"], Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;"));
    }

    [Fact]
    public void Migrate_DatabaseFromNewerBuild_RefusesWithFileNameAndVersions()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("future.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => SchemaMigrator.Migrate(connection, SchemaMigrations.All));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepositoryHealthStore_SaveThenLoad_RoundTripsAndOverwrites()
    {
        using var folder = new TempFolder();
        var store = new SqliteRepositoryHealthStore(new SqliteDatabase(Options.Create(new StorageOptions { Path = folder.Combine("bot.db") })));
        Assert.Null(await store.LoadAsync(CancellationToken.None));
        var scan = new DateTimeOffset(2026, 3, 1, 4, 0, 0, TimeSpan.Zero);

        await store.SaveAsync(new RepositoryHealth(scan, 10, 1, null, "git: authentication failed"), CancellationToken.None);
        await store.SaveAsync(new RepositoryHealth(scan.AddMinutes(1), 12, 0, scan, null), CancellationToken.None);

        Assert.Equal(new RepositoryHealth(scan.AddMinutes(1), 12, 0, scan, null), await store.LoadAsync(CancellationToken.None));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Digests;

public sealed class DigestMigrationTests
{
    [Fact]
    public async Task Open_Version1Database_AddsDigestTablesAndKeepsOutbox()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("bot.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [SchemaMigrations.All[0]]);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created) VALUES ('p1', 'c', 'Announcement', 'pending', 0, 0);";
            insert.ExecuteNonQuery();
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = file }));

        Assert.Equal(SchemaMigrations.All[^1].Version, database.SchemaVersion);
        Assert.Equal("p1", Assert.Single(OutboxRows.Read(file)).PostId);
        var store = new SqliteDigestStore(database);
        store.StartChannel("c", DateTimeOffset.UnixEpoch);
        Assert.Null(await new SqliteOutboxStore(database, TimeProvider.System).CloseDigestAsync("c", DateTimeOffset.UnixEpoch.AddDays(1), CancellationToken.None));
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), store.LoadLastDigests()["c"]);
    }
}

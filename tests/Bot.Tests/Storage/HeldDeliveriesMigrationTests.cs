using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

public sealed class HeldDeliveriesMigrationTests
{
    [Fact]
    public async Task Open_Version3Database_KeepsEveryRowAndIdAndAcceptsHeldAndSkipped()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("bot.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [.. SchemaMigrations.All.Where(m => m.Version <= 3)]);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created, sent, message_id, parts_sent, part_message_ids)
                VALUES ('p1', 'c', 'Announcement', 'sent', 0, 0, 5, 'm1', 0, NULL),
                       ('p2', 'c', 'Digest', 'pending', 7, 1, NULL, NULL, 2, 'm2,m3');
                """;
            insert.ExecuteNonQuery();
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = file }));
        var store = new SqliteOutboxStore(database, TimeProvider.System);
        var written = await store.EnqueueAsync("p3", ["c"], Core.Publishing.DeliveryKind.Announcement, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(SchemaMigrator.CurrentVersion, database.SchemaVersion);
        Assert.Equal(1, written);
        Assert.Equal([(1L, "p1", "sent", "m1"), (2L, "p2", "pending", null), (3L, "p3", "pending", null)],
            OutboxRows.Read(file).Select(r => (r.Id, r.PostId, r.Status, r.MessageId)));
        var resumed = await store.NextPendingAsync("c", CancellationToken.None);
        Assert.Equal((2, "m2,m3"), (resumed!.PartsSent, resumed.MessageIdsSoFar));
        using var check = database.Open();
        using var update = check.CreateCommand();
        update.CommandText = "UPDATE deliveries SET status = 'held' WHERE id = 2; UPDATE deliveries SET status = 'skipped' WHERE id = 3;";
        Assert.Equal(2, update.ExecuteNonQuery());
        update.CommandText = "UPDATE deliveries SET status = 'bogus' WHERE id = 1;";
        Assert.Throws<SqliteException>(() => update.ExecuteNonQuery());
    }
}

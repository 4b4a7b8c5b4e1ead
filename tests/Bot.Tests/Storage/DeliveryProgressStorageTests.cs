using Bot.Core.Publishing;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>Schema version 3: a multi-part delivery's confirmed parts, kept with its retry.</summary>
public sealed class DeliveryProgressStorageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_Version2DatabaseWithPendingRow_AddsProgressColumnsStartingAtZero()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("bot.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [.. SchemaMigrations.All.Take(2)]);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created) VALUES ('p1', 'c', 'Announcement', 'pending', 0, 0);";
            insert.ExecuteNonQuery();
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = file }));
        var entry = await new SqliteOutboxStore(database, TimeProvider.System).NextPendingAsync("c", CancellationToken.None);

        Assert.Equal(SchemaMigrator.CurrentVersion, database.SchemaVersion);
        Assert.NotNull(entry);
        Assert.Equal(0, entry.PartsSent);
        Assert.Null(entry.MessageIdsSoFar);
    }

    [Fact]
    public async Task ScheduleRetryAsync_WithProgress_NextPendingCarriesItAndRetryIsScheduled()
    {
        using var database = new TestDatabase(TimeProvider.System);
        var store = database.Store;
        await store.EnqueueAsync("p1", ["c"], DeliveryKind.Announcement, Now, CancellationToken.None);
        var id = (await store.NextPendingAsync("c", CancellationToken.None))!.Id;

        await store.ScheduleRetryAsync(id, "429 Too Many Requests", Now.AddSeconds(30), 2, "101,102", CancellationToken.None);
        var entry = await store.NextPendingAsync("c", CancellationToken.None);

        Assert.NotNull(entry);
        Assert.Equal((2, "101,102"), (entry.PartsSent, entry.MessageIdsSoFar));
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(Now.AddSeconds(30), entry.NextAttempt);
        Assert.Equal("429 Too Many Requests", Assert.Single(OutboxRows.Read(database.FilePath)).LastError);
    }
}

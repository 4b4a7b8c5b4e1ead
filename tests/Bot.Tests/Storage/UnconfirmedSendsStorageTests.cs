using Bot.Core.Publishing;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>Schema version 6: sends begun without a recorded outcome, counted per row and cleared by any outcome.</summary>
public sealed class UnconfirmedSendsStorageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_Version3DatabaseWithPendingRow_AddsUnconfirmedSendsStartingAtZero()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("bot.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [.. SchemaMigrations.All.Where(m => m.Version <= 3)]);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created, parts_sent) VALUES ('p1', 'c', 'Announcement', 'pending', 0, 0, 1);";
            insert.ExecuteNonQuery();
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = file }));
        var entry = await new SqliteOutboxStore(database, TimeProvider.System).NextPendingAsync("c", CancellationToken.None);

        Assert.Equal(SchemaMigrator.CurrentVersion, database.SchemaVersion);
        Assert.NotNull(entry);
        Assert.Equal((0, 1), (entry.UnconfirmedSends, entry.PartsSent));
    }

    [Fact]
    public async Task BeginSendAsync_TwiceThenRetryScheduled_CountsUpAndTheRecordedOutcomeClearsIt()
    {
        using var database = new TestDatabase(TimeProvider.System);
        var store = database.Store;
        await store.EnqueueAsync("p1", ["c"], DeliveryKind.Announcement, Now, CancellationToken.None);
        var id = (await store.NextPendingAsync("c", CancellationToken.None))!.Id;

        await store.BeginSendAsync(id, CancellationToken.None);
        await store.BeginSendAsync(id, CancellationToken.None);
        var twice = (await store.NextPendingAsync("c", CancellationToken.None))!.UnconfirmedSends;
        await store.ScheduleRetryAsync(id, "502 Bad Gateway", Now, CancellationToken.None);
        var afterOutcome = (await store.NextPendingAsync("c", CancellationToken.None))!.UnconfirmedSends;

        Assert.Equal((2, 0), (twice, afterOutcome));
    }
}

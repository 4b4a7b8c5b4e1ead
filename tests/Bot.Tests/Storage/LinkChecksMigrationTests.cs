using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

/// <summary>Schema version 8: per-post live-link checks, added to a version-6 database without touching its rows.</summary>
public sealed class LinkChecksMigrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_Version6Database_KeepsRowsAnnouncedPostIsLiveAndPendingPostWaitsFromWhenItWasQueued()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("bot.db");
        var queued = Now.AddMinutes(-7);
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [.. SchemaMigrations.All.Where(m => m.Version <= 6)]);
            using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                INSERT INTO deliveries (post_id, channel, kind, status, next_attempt, created, sent, message_id)
                VALUES ('p1', 'c', 'Announcement', 'sent', 0, 0, 5, 'm1'),
                       ('p2', 'c', 'Announcement', 'pending', 0, {queued.ToUnixTimeMilliseconds()}, NULL, NULL);
                """;
            insert.ExecuteNonQuery();
        }

        var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = file }));
        var store = new LinkCheckStore(database);
        var resent = store.Start("p1", "https://blog.realsite.net/p1/", Now, firstEver: true);
        var waiting = store.Start("p2", "https://blog.realsite.net/p2/", Now, firstEver: true);

        Assert.Equal(SchemaMigrator.CurrentVersion, database.SchemaVersion);
        Assert.Equal(8, database.SchemaVersion);
        Assert.Equal([(1L, "p1", "sent", "m1"), (2L, "p2", "pending", null)], OutboxRows.Read(file).Select(r => (r.Id, r.PostId, r.Status, r.MessageId)));
        Assert.Equal((LinkCheckOutcome.Live, Now), (resent.Outcome, resent.Decided));
        Assert.Equal((LinkCheckOutcome.Waiting, queued, Now, 0), (waiting.Outcome, waiting.FirstCheck, waiting.NextCheck, waiting.Checks));
        Assert.Equal(waiting, store.Find("p2"));
        using var check = database.Open();
        using var update = check.CreateCommand();
        update.CommandText = "UPDATE link_checks SET outcome = 'bogus' WHERE post_id = 'p2';";
        Assert.Throws<SqliteException>(() => update.ExecuteNonQuery());
    }

    [Fact]
    public void Decide_AfterWaiting_RecordsOutcomeOnceAndStatusListsWaitingThenNewestTimedOut()
    {
        using var database = new TestDatabase(TimeProvider.System);
        var store = new LinkCheckStore(database.Database);
        store.Start("old", "https://s.net/old/", Now.AddHours(-2), firstEver: true);
        store.Start("late", "https://s.net/late/", Now.AddHours(-1), firstEver: true);
        store.Start("new", "https://s.net/new/", Now, firstEver: true);
        store.RecordWaiting("new", 1, "404", Now.AddSeconds(5));
        store.Decide("old", LinkCheckOutcome.TimedOut, 30, "404", Now.AddHours(-1));
        store.Decide("late", LinkCheckOutcome.TimedOut, 30, "503", Now.AddMinutes(-1));
        store.Decide("late", LinkCheckOutcome.Live, 31, "200", Now);

        var notable = store.LoadNotable(timedOut: 1);

        Assert.Equal([("new", LinkCheckOutcome.Waiting, "404"), ("late", LinkCheckOutcome.TimedOut, "503")],
            notable.Select(c => (c.PostId, c.Outcome, c.LastAnswer)));
    }
}

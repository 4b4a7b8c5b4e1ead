using Bot.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Tests.TestSupport;

/// <summary>A real SQLite file in a temp folder, with the store over it.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder folder = new();

    public TestDatabase(TimeProvider time)
    {
        FilePath = folder.Combine("state", "bot.db");
        Store = Reopen(time);
    }

    public string FilePath { get; }

    public SqliteOutboxStore Store { get; }

    public SqliteDatabase Database { get; private set; } = null!;

    /// <summary>A new store over the same file, as after a restart.</summary>
    public SqliteOutboxStore Reopen(TimeProvider time)
    {
        Database = new SqliteDatabase(Options.Create(new StorageOptions { Path = FilePath }));
        return new SqliteOutboxStore(Database, time);
    }

    public void Dispose() => folder.Dispose();
}

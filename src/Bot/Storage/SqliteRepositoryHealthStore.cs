using Bot.Core.Repository;

namespace Bot.Storage;

/// <summary>Keeps the watcher's <see cref="RepositoryHealth"/> in the database so the <c>status</c> verb can read it.</summary>
public sealed class SqliteRepositoryHealthStore(SqliteDatabase database) : IRepositoryHealthStore
{
    public Task SaveAsync(RepositoryHealth health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        using var connection = database.Open();
        RepositoryHealthTable.Save(connection, health);
        return Task.CompletedTask;
    }

    public Task<RepositoryHealth?> LoadAsync(CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RepositoryHealthTable.Load(connection));
    }
}

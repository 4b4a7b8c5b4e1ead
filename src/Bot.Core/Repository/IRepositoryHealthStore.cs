namespace Bot.Core.Repository;

/// <summary>Where the watcher records <see cref="RepositoryHealth"/> so that <c>status</c>, another process, can read it.</summary>
public interface IRepositoryHealthStore
{
    Task SaveAsync(RepositoryHealth health, CancellationToken cancellationToken);

    Task<RepositoryHealth?> LoadAsync(CancellationToken cancellationToken);
}

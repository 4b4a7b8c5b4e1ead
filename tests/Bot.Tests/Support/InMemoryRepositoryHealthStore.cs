using System.Collections.Concurrent;
using Bot.Core.Repository;

namespace Bot.Tests.Support;

/// <summary>Keeps every saved <see cref="RepositoryHealth"/> in order.</summary>
public sealed class InMemoryRepositoryHealthStore : IRepositoryHealthStore
{
    public ConcurrentQueue<RepositoryHealth> Saved { get; } = new();

    public RepositoryHealth? Latest => Saved.LastOrDefault();

    public Task SaveAsync(RepositoryHealth health, CancellationToken cancellationToken)
    {
        Saved.Enqueue(health);
        return Task.CompletedTask;
    }

    public Task<RepositoryHealth?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Latest);
}

using System.Threading.Channels;
using Bot.Core.Repository;

namespace Bot.Tests.Support;

/// <summary>Keeps every saved <see cref="RepositoryHealth"/>; tests await the one they expect.</summary>
public sealed class InMemoryRepositoryHealthStore : IRepositoryHealthStore
{
    private readonly Channel<RepositoryHealth> saved = Channel.CreateUnbounded<RepositoryHealth>();
    private RepositoryHealth? latest;

    public RepositoryHealth? Latest => Volatile.Read(ref latest);

    public Task SaveAsync(RepositoryHealth health, CancellationToken cancellationToken)
    {
        Volatile.Write(ref latest, health);
        saved.Writer.TryWrite(health);
        return Task.CompletedTask;
    }

    public Task<RepositoryHealth?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Latest);

    /// <summary>The next saved health that matches, skipping others; fails after ten seconds.</summary>
    public async Task<RepositoryHealth> WaitForAsync(Func<RepositoryHealth, bool> match)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                var health = await saved.Reader.ReadAsync(stop.Token);
                if (match(health))
                {
                    return health;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No matching repository health was saved; latest: {Latest}");
        }
    }
}

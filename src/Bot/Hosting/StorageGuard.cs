using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>
/// The running service's hold on its database: takes the <see cref="DatabaseInstanceLock"/> before anything is sent
/// and stops the service when the database file is deleted or replaced under it (<see cref="SqliteDatabase.Replaced"/>).
/// Registered first, so it starts before the planner and the delivery loops.
/// </summary>
public sealed partial class StorageGuard(SqliteDatabase database, IHostApplicationLifetime lifetime, ILogger<StorageGuard> logger)
    : IHostedService, IDisposable
{
    private readonly Lock gate = new();
    private DatabaseInstanceLock? instanceLock;

    /// <summary>Why the service stopped on its own because of its database, or null.</summary>
    public StorageUnavailableException? Failure { get; private set; }

    /// <summary>Takes the lock and opens the database; throws <see cref="StorageUnavailableException"/>. Idempotent.</summary>
    public void Claim()
    {
        lock (gate)
        {
            if (instanceLock is not null)
            {
                return;
            }

            instanceLock = DatabaseInstanceLock.Acquire(database.FilePath);
            try
            {
                _ = database.SchemaVersion;
            }
            catch
            {
                instanceLock.Dispose();
                instanceLock = null;
                throw;
            }

            database.Replaced += OnReplaced;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Claim();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        lock (gate)
        {
            database.Replaced -= OnReplaced;
            instanceLock?.Dispose();
            instanceLock = null;
        }
    }

    private void OnReplaced(StorageUnavailableException error)
    {
        Failure = error;
        LogReplaced(logger, error.Message);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason} Stopping.")]
    private static partial void LogReplaced(ILogger logger, string reason);
}

using Bot.Core.Repository;
using Bot.Secrets;
using Microsoft.Extensions.Logging;

namespace Bot.Repository;

/// <summary>
/// Tracks what <c>status</c> shows about the repository and saves it after every scan and pull. The last error is
/// the scan's or the pull's, each cleared by its own next success. Saving never stops the watcher.
/// </summary>
public sealed class RepositoryHealthRecorder(IRepositoryHealthStore? store, ILogger logger, SecretRedactor redactor)
{
    private DateTimeOffset? lastScan;
    private int postCount;
    private int warningCount;
    private DateTimeOffset? lastPull;
    private string? scanError;
    private string? pullError;

    public RepositoryHealth Current => new(lastScan, postCount, warningCount, lastPull, LastError);

    private string? LastError => (pullError, scanError) switch
    {
        (null, null) => null,
        ({ } pull, null) => pull,
        (null, { } scan) => scan,
        ({ } pull, { } scan) => $"{pull} {scan}",
    };

    public Task ScannedAsync(DateTimeOffset at, int posts, int warnings, CancellationToken cancellationToken)
    {
        (lastScan, postCount, warningCount, scanError) = (at, posts, warnings, null);
        return SaveAsync(cancellationToken);
    }

    public Task ScanFailedAsync(string error, CancellationToken cancellationToken)
    {
        scanError = redactor.Redact(error);
        return SaveAsync(cancellationToken);
    }

    public Task PulledAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        (lastPull, pullError) = (at, null);
        return SaveAsync(cancellationToken);
    }

    public Task PullFailedAsync(string error, CancellationToken cancellationToken)
    {
        pullError = redactor.Redact(error);
        return SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        try
        {
            await store.SaveAsync(Current, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RepositoryWatcherLog.HealthNotSaved(logger, redactor.Redact(ex.Message));
        }
    }
}

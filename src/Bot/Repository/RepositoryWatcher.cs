using Bot.Core.Posts;
using Bot.Core.Repository;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bot.Core.Timing;
using Bot.Secrets;

namespace Bot.Repository;

/// <summary>
/// Keeps <see cref="PostIndexHolder"/> current: scans on start, then on file events (debounced), on a periodic full
/// rescan, after each pull of <c>Repository:Remote</c>, and rebuilds the index when a scheduled post's time comes.
/// A failure is logged and recorded in <see cref="RepositoryHealth"/>; the last good index keeps serving.
/// </summary>
public sealed class RepositoryWatcher : BackgroundService
{
    /// <summary>Longest single wait, so that a huge interval never overflows a timer.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    private readonly RepositoryLocation location;
    private readonly RepositoryOptions options;
    private readonly GitRepositorySync git;
    private readonly TimeProvider time;
    private readonly ILogger<RepositoryWatcher> logger;
    private readonly RepositoryHealthRecorder health;
    private readonly ScanDebouncer debouncer;
    private readonly WakeSignal wake = new();
    private readonly RepositoryFolderWatcher folders;
    private readonly RepositoryScanRunner scans;
    private readonly SecretRedactor redactor;

    public RepositoryWatcher(
        IPostScanner scanner,
        PostIndexHolder holder,
        RepositoryLocation location,
        IOptions<RepositoryOptions> options,
        GitRepositorySync git,
        TimeProvider time,
        ILogger<RepositoryWatcher> logger,
        IEnumerable<IRepositoryHealthStore> healthStores,
        SecretRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.location = location;
        this.options = options.Value;
        this.git = git;
        this.time = time;
        this.logger = logger;
        this.redactor = redactor ?? SecretRedactor.ShapesOnly;
        health = new RepositoryHealthRecorder(healthStores.LastOrDefault(), logger, this.redactor);
        debouncer = new ScanDebouncer(time);
        folders = new RepositoryFolderWatcher(OnFileEvent, ex => RepositoryWatcherLog.WatchFailed(logger, ex.Message));
        scans = new RepositoryScanRunner(scanner, holder, folders, health, time, logger, this.options.SettleTime, this.redactor);
    }

    /// <summary>Raised after a file event was recorded as a reason to rescan (tests await it instead of sleeping).</summary>
    public event Action<string>? FileEventObserved;

    /// <summary>Asks for a rescan as if a file had changed.</summary>
    public void RequestScan()
    {
        debouncer.Request();
        wake.Wake();
    }

    public override void Dispose()
    {
        folders.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPull = time.GetUtcNow();
        var nextRescan = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wake.Arm();
            var now = time.GetUtcNow();
            try
            {
                if (git.IsEnabled && now >= nextPull)
                {
                    nextPull = now + options.PullInterval;
                    await PullAsync(stoppingToken);
                    debouncer.RequestNow();
                }
                else if (debouncer.TryTakeDue(now) | now >= nextRescan | scans.NextSettle <= now)
                {
                    nextRescan = now + options.RescanInterval;
                    await scans.ScanAsync(location.RootPath, stoppingToken);
                }
                else if (scans.NextStatusChange <= now)
                {
                    scans.RebuildForStatusChange(now);
                }
                else
                {
                    var wakeAt = new[] { git.IsEnabled ? nextPull : (DateTimeOffset?)null, debouncer.DueAt, scans.NextStatusChange, scans.NextSettle }
                        .Aggregate(nextRescan, (earliest, other) => other is { } o && o < earliest ? o : earliest);
                    await woken.WaitUntilAsync(wakeAt - now > MaxWait ? now + MaxWait : wakeAt, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Catch per iteration and keep going: a subscriber's bug or an odd file must not stop the watching.
                var reason = redactor.Redact(ex.Message);
                RepositoryWatcherLog.ScanFailed(logger, reason, ex.GetType().Name);
                await health.ScanFailedAsync(reason, stoppingToken);
            }
        }
    }

    private async Task PullAsync(CancellationToken cancellationToken)
    {
        try
        {
            await git.SyncAsync(cancellationToken);
            await health.PulledAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (RepositorySyncException ex)
        {
            RepositoryWatcherLog.PullFailed(logger, ex.Message);
            await health.PullFailedAsync(ex.Message, cancellationToken);
        }
    }

    private void OnFileEvent(string path)
    {
        RequestScan();
        FileEventObserved?.Invoke(path);
    }
}

using System.Diagnostics;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

    private readonly IPostScanner scanner;
    private readonly PostIndexHolder holder;
    private readonly RepositoryLocation location;
    private readonly RepositoryOptions options;
    private readonly GitRepositorySync git;
    private readonly TimeProvider time;
    private readonly ILogger<RepositoryWatcher> logger;
    private readonly RepositoryHealthRecorder health;
    private readonly ScanDebouncer debouncer;
    private readonly WakeSignal wake = new();
    private readonly ScanWarningFilter warnings = new();
    private readonly RepositoryFolderWatcher folders;
    private IReadOnlyList<Post> lastPosts = [];
    private DateTimeOffset? nextStatusChange;
    private int lastPostCount = -1;

    public RepositoryWatcher(
        IPostScanner scanner,
        PostIndexHolder holder,
        RepositoryLocation location,
        IOptions<RepositoryOptions> options,
        GitRepositorySync git,
        TimeProvider time,
        ILogger<RepositoryWatcher> logger,
        IEnumerable<IRepositoryHealthStore> healthStores)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scanner = scanner;
        this.holder = holder;
        this.location = location;
        this.options = options.Value;
        this.git = git;
        this.time = time;
        this.logger = logger;
        health = new RepositoryHealthRecorder(healthStores.LastOrDefault(), logger);
        debouncer = new ScanDebouncer(time);
        folders = new RepositoryFolderWatcher(OnFileEvent, ex => RepositoryWatcherLog.WatchFailed(logger, ex.Message));
    }

    /// <summary>Raised after a file event was recorded as a reason to rescan (tests await it instead of sleeping).</summary>
    public event Action<string>? FileEventObserved;

    /// <summary>Asks for a rescan as if a file had changed.</summary>
    public void RequestScan()
    {
        debouncer.Request();
        wake.Set();
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
            var now = time.GetUtcNow();
            try
            {
                if (git.IsEnabled && now >= nextPull)
                {
                    nextPull = now + options.PullInterval;
                    await PullAsync(stoppingToken);
                    debouncer.RequestNow();
                }
                else if (debouncer.TryTakeDue(now) | now >= nextRescan)
                {
                    nextRescan = now + options.RescanInterval;
                    await ScanAsync(stoppingToken);
                }
                else if (nextStatusChange <= now)
                {
                    RebuildForStatusChange(now);
                }
                else
                {
                    var wakeAt = Earliest(nextRescan, git.IsEnabled ? nextPull : null, debouncer.DueAt, nextStatusChange);
                    var delay = wakeAt - now;
                    await wake.WaitAsync(delay > MaxWait ? MaxWait : delay, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                RepositoryWatcherLog.ScanFailed(logger, ex.Message, ex);
                await health.ScanFailedAsync(ex.Message, stoppingToken);
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

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        PostScan scan;
        try
        {
            scan = scanner.Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException ex)
        {
            RepositoryWatcherLog.RepositoryUnavailable(logger, ex.Message);
            await health.ScanFailedAsync(ex.Message, cancellationToken);
            folders.Watch(location.RootPath, []);
            return;
        }

        // Watch before publishing: whoever reacts to the new index can rely on its folders being watched.
        folders.Watch(scan.Site.RootPath, scan.Site.PostFolders);
        var now = time.GetUtcNow();
        var index = PostIndex.Build(scan.Posts, now);
        lastPosts = scan.Posts;
        nextStatusChange = NextStatusChange(lastPosts, now);
        holder.Replace(index);
        foreach (var warning in warnings.NewSinceLastScan(scan.Warnings))
        {
            RepositoryWatcherLog.ScanWarning(logger, warning.File, warning.Reason);
        }

        if (scan.Posts.Count != lastPostCount)
        {
            lastPostCount = scan.Posts.Count;
            RepositoryWatcherLog.ScanChanged(logger, scan.Site.RootPath, scan.Posts.Count, index.Published.Count, scan.Warnings.Count);
        }

        RepositoryWatcherLog.ScanDone(logger, scan.Site.RootPath, scan.Posts.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        await health.ScannedAsync(now, scan.Posts.Count, scan.Warnings.Count, cancellationToken);
    }

    /// <summary>A scheduled post's date or an expiry date has come: the posts are the same, their status is not.</summary>
    private void RebuildForStatusChange(DateTimeOffset now)
    {
        var index = PostIndex.Build(lastPosts, now);
        nextStatusChange = NextStatusChange(lastPosts, now);
        holder.Replace(index);
        RepositoryWatcherLog.StatusRebuild(logger, index.Published.Count);
    }

    private void OnFileEvent(string path)
    {
        RequestScan();
        FileEventObserved?.Invoke(path);
    }

    private static DateTimeOffset? NextStatusChange(IReadOnlyList<Post> posts, DateTimeOffset builtAt)
    {
        DateTimeOffset? next = null;
        foreach (var post in posts.Where(p => !p.IsDraft))
        {
            foreach (var moment in new[] { post.Date, post.ExpiryDate })
            {
                if (moment is { } m && m > builtAt && (next is null || m < next))
                {
                    next = m;
                }
            }
        }

        return next;
    }

    private static DateTimeOffset Earliest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Aggregate(first, (earliest, other) => other is { } o && o < earliest ? o : earliest);
}

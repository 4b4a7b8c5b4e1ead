using System.Diagnostics;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Secrets;
using Microsoft.Extensions.Logging;

namespace Bot.Repository;

/// <summary>
/// One scan, start to finish: read the repository, re-aim the folder watchers, hold back files still being written
/// (<see cref="SettleGate"/>), publish the new index, report new
/// warnings once, record health. Also rebuilds the index, without reading files, when a post's status changes with time.
/// </summary>
public sealed class RepositoryScanRunner(
    IPostScanner scanner,
    PostIndexHolder holder,
    RepositoryFolderWatcher folders,
    RepositoryHealthRecorder health,
    TimeProvider time,
    ILogger logger,
    TimeSpan settleTime,
    SecretRedactor redactor)
{
    private readonly ScanWarningFilter warnings = new();
    private readonly SettleGate settle = new(settleTime);
    private IReadOnlyList<Post> lastPosts = [];
    private int lastPostCount = -1;

    /// <summary>When a post held back while its file was being written settles: rescan then.</summary>
    public DateTimeOffset? NextSettle => settle.NextSettle;

    /// <summary>When the next scheduled post comes due or a post expires, if any.</summary>
    public DateTimeOffset? NextStatusChange { get; private set; }

    /// <param name="repositoryRoot">Watched while the repository cannot be read, so that its return is noticed.</param>
    public async Task ScanAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        PostScan scan;
        try
        {
            scan = scanner.Scan(cancellationToken);
        }
        catch (RepositoryUnavailableException ex)
        {
            RepositoryWatcherLog.RepositoryUnavailable(logger, redactor.Redact(ex.Message));
            await health.ScanFailedAsync(ex.Message, cancellationToken);
            folders.Watch(repositoryRoot, []);
            return;
        }

        // Watch before publishing: whoever reacts to the new index can rely on its folders being watched.
        folders.Watch(scan.Site.RootPath, scan.Site.PostFolders);
        var now = time.GetUtcNow();
        var posts = settle.Filter(scan.Site.RootPath, scan.Posts, lastPosts, now);
        if (settle.NextSettle is { } settlesAt)
        {
            RepositoryWatcherLog.Unsettled(logger, settle.HeldBack, settlesAt);
        }

        var index = Publish(posts, now);
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
    public void RebuildForStatusChange(DateTimeOffset now)
    {
        var index = Publish(lastPosts, now);
        RepositoryWatcherLog.StatusRebuild(logger, index.Published.Count);
    }

    private PostIndex Publish(IReadOnlyList<Post> posts, DateTimeOffset now)
    {
        var index = PostIndex.Build(posts, now);
        lastPosts = posts;
        NextStatusChange = FindNextStatusChange(posts, now);
        holder.Replace(index);
        return index;
    }

    private static DateTimeOffset? FindNextStatusChange(IReadOnlyList<Post> posts, DateTimeOffset after)
    {
        DateTimeOffset? next = null;
        foreach (var post in posts.Where(p => !p.IsDraft))
        {
            foreach (var moment in new[] { post.Date, post.ExpiryDate })
            {
                if (moment is { } m && m > after && (next is null || m < next))
                {
                    next = m;
                }
            }
        }

        return next;
    }
}

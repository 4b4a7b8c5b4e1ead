using Microsoft.Extensions.Logging;

namespace Bot.Repository;

internal static partial class RepositoryWatcherLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Scanned {Root}: {PostCount} posts ({PublishedCount} published), {WarningCount} files with warnings")]
    public static partial void ScanChanged(ILogger logger, string root, int postCount, int publishedCount, int warningCount);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Rescanned {Root}: {PostCount} posts in {ElapsedMs} ms")]
    public static partial void ScanDone(ILogger logger, string root, int postCount, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Post file {File}: {Reason}")]
    public static partial void ScanWarning(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The post repository cannot be read, the last good index keeps serving: {Reason}")]
    public static partial void RepositoryUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Scanning the post repository failed ({ErrorType}), the last good index keeps serving: {Reason}")]
    public static partial void ScanFailed(ILogger logger, string reason, string errorType);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Pulling Repository:Remote failed, the last good index keeps serving: {Reason}")]
    public static partial void PullFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Watching the post folders for changes failed; the periodic rescan still runs: {Reason}")]
    public static partial void WatchFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Recording the repository health failed: {Reason}")]
    public static partial void HealthNotSaved(ILogger logger, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Scheduled or expiring posts changed status; index rebuilt ({PublishedCount} published)")]
    public static partial void StatusRebuild(ILogger logger, int publishedCount);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "{Count} new or changed post files were written too recently; announced once unchanged for Repository:SettleTime (next at {SettlesAt:O})")]
    public static partial void Unsettled(ILogger logger, int count, DateTimeOffset settlesAt);
}

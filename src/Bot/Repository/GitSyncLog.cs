using Microsoft.Extensions.Logging;

namespace Bot.Repository;

internal static partial class GitSyncLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Cloning {Remote} (branch {Branch}) into {Folder}")]
    public static partial void Cloning(ILogger logger, string remote, string branch, string folder);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "Repository {Remote} (branch {Branch}) is at {Commit}")]
    public static partial void Synced(ILogger logger, string remote, string branch, string commit);
}

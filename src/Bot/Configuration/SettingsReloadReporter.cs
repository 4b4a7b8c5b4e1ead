using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Configuration;

/// <summary>
/// Where a settings file that was edited into something invalid while the service runs is reported: one error line
/// naming the file and each bad key, while the file's last good values stay in force. Files are read before the
/// host's logging exists, so the logger is attached once the host is built.
/// </summary>
public sealed partial class SettingsReloadReporter
{
    private ILogger logger = NullLogger.Instance;

    public void Attach(ILogger target) => logger = target ?? NullLogger.Instance;

    public void Rejected(string file, string problems) => LogRejected(logger, file, problems);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Settings file {File} was changed but not applied: {Problems}. Its last good values stay in force until it is fixed")]
    private static partial void LogRejected(ILogger logger, string file, string problems);
}

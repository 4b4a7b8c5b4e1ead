using Microsoft.Extensions.Logging;

namespace Bot.Channels;

internal static partial class ChannelCatalogLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Error, Message = "The Channels settings are invalid, no channel is served: {Errors}")]
    public static partial void InitialListInvalid(ILogger logger, string errors);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error,
        Message = "Rejected the edited Channels settings, the last good list of {Count} channels stays in use: {Errors}")]
    public static partial void EditRejected(ILogger logger, int count, string errors);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Channels reloaded: {Count} channels ({Names})")]
    public static partial void Replaced(ILogger logger, int count, string names);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "A subscriber of the channel list failed while handling a change")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception);
}

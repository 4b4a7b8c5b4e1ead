using Microsoft.Extensions.Logging;

namespace Bot.Digests;

/// <summary>The digest scheduler's log lines.</summary>
internal static partial class DigestSchedulerLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Digest for channel {Channel}: {Posts} posts queued as delivery {DeliveryId}")]
    public static partial void Queued(ILogger logger, string channel, int posts, long deliveryId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Channel {Channel}: digest schedule not usable, no digests until it is fixed: {Reason}")]
    public static partial void BadSchedule(ILogger logger, string channel, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Digest pass failed; trying again in a minute")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}

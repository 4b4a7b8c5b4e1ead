using Bot.Core.Channels;
using Bot.Core.Publishing;
using Microsoft.Extensions.Logging;

namespace Bot.Delivery;

/// <summary>The delivery worker's log lines.</summary>
internal static partial class DeliveryWorkerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered post {PostId} to channel {Channel}")]
    public static partial void Sent(ILogger logger, string channel, string postId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} could not take post {PostId} yet ({Error}); retrying at {NextAttempt:O}")]
    public static partial void Transient(ILogger logger, string channel, string postId, string? error, DateTimeOffset? nextAttempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel {Channel} refused post {PostId} (delivery {DeliveryId}): {Error}. Not retried; see `status`")]
    public static partial void Permanent(ILogger logger, string channel, string postId, long deliveryId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel}: no {Platform} sender in this build; its deliveries stay pending")]
    public static partial void NoSender(ILogger logger, ChannelPlatform platform, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel {Channel}: post {PostId} (delivery {DeliveryId}) came back {Outcome}, but that could not be recorded; outcome unknown. The channel sends nothing more until the write succeeds, retrying with backoff")]
    public static partial void OutcomeUnknown(ILogger logger, string channel, string postId, long deliveryId, DeliveryOutcome outcome, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel}: the outcome of delivery {DeliveryId} is recorded after {FailedWrites} failed writes; sending resumes")]
    public static partial void OutcomeRecorded(ILogger logger, string channel, long deliveryId, int failedWrites);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery loop of channel {Channel} failed; it will try again")]
    public static partial void LoopError(ILogger logger, string channel, Exception exception);
}

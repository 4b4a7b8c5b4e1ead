using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>Telegram adapter log lines. Every text argument is redacted before it gets here.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Telegram channel {Channel} moved to supergroup {NewChatId}; resending there")]
    public static partial void ChatMigrated(ILogger logger, string channel, long newChatId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Telegram commands listening as @{Username}")]
    public static partial void Listening(ILogger logger, string username);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Telegram getUpdates conflict: another bot instance or a webhook uses this token ({Error}); retrying in {Delay}")]
    public static partial void PollingConflict(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Telegram polling failed: {Error}; retrying in {Delay}")]
    public static partial void PollingFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Error, Message = "Telegram command from chat {ChatId} failed: {Error}")]
    public static partial void CommandFailed(ILogger logger, long chatId, string error);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Warning, Message = "Telegram start-up call {Method} failed: {Error}; retrying in {Delay}")]
    public static partial void StartupFailed(ILogger logger, string method, string error, TimeSpan delay);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Information, Message = "Telegram chat {ChatId} is sending commands too fast; slowing it down")]
    public static partial void ChatFlooding(ILogger logger, long chatId);

    [LoggerMessage(EventId = 4016, Level = LogLevel.Warning, Message = "Telegram reply could not be sent: {Error}")]
    public static partial void ReplyFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4017, Level = LogLevel.Error, Message = "Telegram rejected the bot token ({Error}); commands are off until it is fixed")]
    public static partial void InvalidToken(ILogger logger, string error);

    [LoggerMessage(EventId = 4018, Level = LogLevel.Warning, Message = "Telegram send pacing starts without the outbox's recent sends ({Error}); the first minute after this restart may meet Telegram's limits")]
    public static partial void HistoryUnavailable(ILogger logger, string error);
}

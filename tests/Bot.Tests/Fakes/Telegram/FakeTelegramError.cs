namespace Bot.Tests.Fakes.Telegram;

/// <summary>An error the fake answers with, in the Bot API's envelope.</summary>
public sealed record FakeTelegramError(int Code, string Description, int? RetryAfter = null, long? MigrateToChatId = null)
{
    public static FakeTelegramError TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", RetryAfter: retryAfter);

    public static FakeTelegramError Kicked(string chatType = "channel") => new(403, $"Forbidden: bot was kicked from the {chatType} chat");

    public static FakeTelegramError ChatNotFound { get; } = new(400, "Bad Request: chat not found");

    public static FakeTelegramError NeedRights { get; } = new(400, "Bad Request: need administrator rights in the channel chat");

    public static FakeTelegramError ServerError { get; } = new(502, "Bad Gateway");

    public static FakeTelegramError Unauthorized { get; } = new(401, "Unauthorized");

    public static FakeTelegramError NotFound { get; } = new(404, "Not Found: method not found");

    public static FakeTelegramError Conflict { get; } =
        new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public static FakeTelegramError Upgraded(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);
}

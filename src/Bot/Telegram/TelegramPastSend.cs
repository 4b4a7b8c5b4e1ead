namespace Bot.Telegram;

/// <summary>Messages sent to a chat at a time before this process started, as the outbox recorded them.</summary>
public sealed record TelegramPastSend(string ChatId, DateTimeOffset At, int Messages);

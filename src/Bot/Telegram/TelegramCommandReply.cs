namespace Bot.Telegram;

/// <summary>The reply the bot will send for a command message: where, and what.</summary>
public sealed record TelegramCommandReply(long ChatId, int? ThreadId, TelegramReply Reply);

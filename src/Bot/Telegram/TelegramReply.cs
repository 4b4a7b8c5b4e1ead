using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram;

/// <summary>A command reply ready for sendMessage or editMessageText.</summary>
/// <param name="Html">Text in HTML parse mode, at most 4096 characters after parsing.</param>
/// <param name="PlainLength">The text's length after parsing, in UTF-16 units.</param>
/// <param name="Keyboard">Paging and category buttons, or null when there are none.</param>
public sealed record TelegramReply(string Html, int PlainLength, InlineKeyboardMarkup? Keyboard);

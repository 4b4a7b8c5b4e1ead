using System.Globalization;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Turns a configured <c>ChatId</c> (numeric id or <c>@username</c>) into Telegram.Bot's <see cref="ChatId"/>.</summary>
public static class TelegramChatTarget
{
    public static bool TryParse(string? value, out ChatId chatId)
    {
        chatId = default!;
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            chatId = new ChatId(id);
            return true;
        }

        if (trimmed.Length > 1 && trimmed[0] == '@' && trimmed.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            chatId = new ChatId(trimmed);
            return true;
        }

        return false;
    }
}

namespace Bot.Telegram;

/// <summary>The language of command replies: from the user's <c>language_code</c>, or forced.</summary>
public enum TelegramLanguage
{
    Auto,
    En,
    Zh,
}

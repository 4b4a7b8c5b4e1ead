namespace Bot.Core.Commands;

/// <summary>Chooses the reply language from a platform's language code (Telegram <c>language_code</c>, Discord <c>locale</c>).</summary>
public static class ReplyLanguages
{
    /// <summary><c>zh</c> and every <c>zh-…</c> / <c>zh_…</c> variant give Chinese; anything else, or nothing, English.</summary>
    public static ReplyLanguage FromLanguageCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ReplyLanguage.English;
        }

        var trimmed = code.Trim();
        var isChinese = trimmed.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("zh_", StringComparison.OrdinalIgnoreCase);
        return isChinese ? ReplyLanguage.Chinese : ReplyLanguage.English;
    }
}

namespace Bot.Telegram;

/// <summary>Settings of the <c>Telegram</c> section.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public const string OfficialApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather. Set it through the environment (<c>Telegram__Token</c>), never in a file.</summary>
    public string? Token { get; set; }

    /// <summary>Bot API server; only scheme, host and port are used (Telegram.Bot drops any path).</summary>
    public string ApiBaseUrl { get; set; } = OfficialApiBaseUrl;

    /// <summary>Answer <c>/latest</c>, <c>/category</c>, <c>/help</c> through long polling.</summary>
    public bool Commands { get; set; } = true;

    public TelegramLinkPreview LinkPreview { get; set; } = TelegramLinkPreview.On;

    /// <summary>How announcements show the post's cover image (see <see cref="TelegramCover"/>).</summary>
    public TelegramCover Cover { get; set; } = TelegramCover.Preview;

    public TelegramLanguage Language { get; set; } = TelegramLanguage.Auto;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);
}

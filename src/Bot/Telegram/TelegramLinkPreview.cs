namespace Bot.Telegram;

/// <summary>How announcements show the post's link preview.</summary>
public enum TelegramLinkPreview
{
    /// <summary>Preview of the post URL under the text.</summary>
    On,

    Off,

    /// <summary>Preview of the post URL above the text.</summary>
    Above,
}

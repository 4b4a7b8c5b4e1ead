namespace Bot.Telegram;

/// <summary><c>Telegram:Cover</c>: how an announcement shows the post's cover.</summary>
public enum TelegramCover
{
    /// <summary>The link preview shows the cover, large and above the text (needs <c>LinkPreview</c> On or Above).</summary>
    Preview,

    /// <summary>sendPhoto with the announcement as the caption when it fits in 1,024 characters, else like <see cref="Preview"/>.</summary>
    Photo,

    /// <summary>No cover: the link preview shows the post's page.</summary>
    Off,
}

using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>The link preview a message gets: the post's URL under or above the text, or none.</summary>
public static class TelegramLinkPreviews
{
    public static LinkPreviewOptions For(TelegramMessage message, TelegramLinkPreview setting)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.PreviewUrl is null || setting == TelegramLinkPreview.Off
            ? new LinkPreviewOptions { IsDisabled = true }
            : new LinkPreviewOptions { Url = message.PreviewUrl, ShowAboveText = setting == TelegramLinkPreview.Above };
    }
}

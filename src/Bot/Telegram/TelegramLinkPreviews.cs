using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// The link preview a message gets. With a cover and <c>Telegram:Cover</c> Preview (or Photo falling back to text):
/// the cover image, large and above the text. Otherwise the post's URL under or above the text, as
/// <c>Telegram:LinkPreview</c> says; <c>LinkPreview</c> Off turns every preview off, the cover's too.
/// </summary>
public static class TelegramLinkPreviews
{
    /// <summary>The preview with <c>Telegram:Cover</c> at its default, Preview.</summary>
    public static LinkPreviewOptions For(TelegramMessage message, TelegramLinkPreview setting) => For(message, setting, TelegramCover.Preview);

    public static LinkPreviewOptions For(TelegramMessage message, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return For(message, options.LinkPreview, options.Cover);
    }

    public static LinkPreviewOptions For(TelegramMessage message, TelegramLinkPreview setting, TelegramCover cover)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.PreviewUrl is null || setting == TelegramLinkPreview.Off)
        {
            return new LinkPreviewOptions { IsDisabled = true };
        }

        return message.CoverUrl is { } image && cover != TelegramCover.Off
            ? new LinkPreviewOptions { Url = image, PreferLargeMedia = true, ShowAboveText = true }
            : new LinkPreviewOptions { Url = message.PreviewUrl, ShowAboveText = setting == TelegramLinkPreview.Above };
    }
}

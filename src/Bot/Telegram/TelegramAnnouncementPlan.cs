using Bot.Core.Posts;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// How one announcement goes out. With <see cref="PhotoUrl"/> set: <c>sendPhoto</c> of that URL with
/// <see cref="TelegramMessage.Html"/> as the HTML caption (it fits the 1,024 characters a caption holds after parsing).
/// Otherwise <c>sendMessage</c> of the HTML with <see cref="Preview"/> as <c>link_preview_options</c>.
/// </summary>
/// <param name="Message">The rendered announcement.</param>
/// <param name="PhotoUrl">The cover to send as a photo, or null to send text.</param>
/// <param name="Preview">The link preview of the text message (unused for a photo).</param>
public sealed record TelegramAnnouncementPlan(TelegramMessage Message, string? PhotoUrl, LinkPreviewOptions Preview)
{
    /// <summary>The Bot API's caption limit, in characters after entity parsing (sendPhoto <c>caption</c>).</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>
    /// <c>Telegram:Cover</c> Photo and a cover and an announcement that fits a caption: a photo. Anything else (Photo
    /// with a longer announcement included): text, whose preview shows the cover unless <c>Cover</c> is Off.
    /// </summary>
    public static TelegramAnnouncementPlan For(Post post, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var message = TelegramAnnouncementRenderer.Render(post);
        return options.Cover == TelegramCover.Photo && message.CoverUrl is { } photo && message.PlainLength <= MaxCaptionLength
            ? new TelegramAnnouncementPlan(message, photo, new LinkPreviewOptions { IsDisabled = true })
            : new TelegramAnnouncementPlan(message, null, TelegramLinkPreviews.For(message, options));
    }
}

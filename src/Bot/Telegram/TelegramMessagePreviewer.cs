using System.Globalization;
using System.Text;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Preview;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>
/// The <c>preview --platform telegram</c> text: the sendMessage (or, with <c>Telegram:Cover</c> Photo, sendPhoto)
/// parameters for the channel, the link preview or photo URL, then the HTML exactly as sent.
/// </summary>
public sealed class TelegramMessagePreviewer(IOptions<TelegramOptions> options) : IMessagePreviewer
{
    public ChannelPlatform Platform => ChannelPlatform.Telegram;

    public string Preview(Post post, ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(channel);
        var plan = TelegramAnnouncementPlan.For(post, options.Value);
        var (message, preview) = (plan.Message, plan.Preview);
        var chat = string.IsNullOrWhiteSpace(channel.ChatId) ? "(no ChatId)" : channel.ChatId;
        var text = new StringBuilder();
        if (plan.PhotoUrl is { } photo)
        {
            text.Append(CultureInfo.InvariantCulture, $"sendPhoto to {chat} ({channel.Name}): parse_mode=HTML, caption {message.PlainLength} of {TelegramAnnouncementPlan.MaxCaptionLength} characters after parsing")
                .AppendLine().Append("photo: ").AppendLine(photo);
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"sendMessage to {chat} ({channel.Name}): parse_mode=HTML, {message.PlainLength} of 4096 characters after parsing")
                .AppendLine();
            text.Append("link preview: ").AppendLine(preview.IsDisabled ? "off"
                : $"{preview.Url}{(preview.PreferLargeMedia ? " (large media)" : "")}{(preview.ShowAboveText ? " (above the text)" : "")}");
        }

        if (message.CoverUrl is { } cover)
        {
            text.Append("cover: ").AppendLine(cover);
        }
        if (channel.ThreadId is { } thread)
        {
            text.Append(CultureInfo.InvariantCulture, $"message_thread_id: {thread}").AppendLine();
        }

        if (channel.Silent)
        {
            text.AppendLine("disable_notification: true");
        }

        return text.AppendLine().AppendLine(message.Html).ToString();
    }
}

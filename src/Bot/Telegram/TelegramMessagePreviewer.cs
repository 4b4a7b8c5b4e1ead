using System.Globalization;
using System.Text;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Preview;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>
/// The <c>preview --platform telegram</c> text: the sendMessage parameters the sender would use for the channel,
/// then the HTML exactly as sent.
/// </summary>
public sealed class TelegramMessagePreviewer(IOptions<TelegramOptions> options) : IMessagePreviewer
{
    public ChannelPlatform Platform => ChannelPlatform.Telegram;

    public string Preview(Post post, ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(channel);
        var message = TelegramAnnouncementRenderer.Render(post);
        var preview = TelegramLinkPreviews.For(message, options.Value.LinkPreview);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"sendMessage to {(string.IsNullOrWhiteSpace(channel.ChatId) ? "(no ChatId)" : channel.ChatId)}")
            .Append(CultureInfo.InvariantCulture, $" ({channel.Name}): parse_mode=HTML, {message.PlainLength} of 4096 characters after parsing")
            .AppendLine();
        text.Append("link preview: ").AppendLine(preview.IsDisabled ? "off" : $"{preview.Url}{(preview.ShowAboveText ? " (above the text)" : "")}");
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

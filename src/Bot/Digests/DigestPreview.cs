using System.Globalization;
using System.Text;
using Bot.ConsoleChannel;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Telegram;

namespace Bot.Digests;

/// <summary>A digest as its channel's platform would receive it, every message of it, for <c>digest --preview</c>.</summary>
public static class DigestPreview
{
    public static string Render(Digest digest, IReadOnlyList<Post> posts, ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Platform switch
        {
            ChannelPlatform.Telegram => Telegram(digest, channel),
            ChannelPlatform.Discord => Discord(digest, channel),
            _ => ConsoleAnnouncementFormatter.Format(
                new DeliveryRequest(0, "preview", channel, DeliveryKind.Digest, posts) { Digest = digest }),
        };
    }

    private static string Telegram(Digest digest, ChannelOptions channel)
    {
        var messages = TelegramDigestRenderer.Render(digest);
        var text = new StringBuilder();
        for (var i = 0; i < messages.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"sendMessage {i + 1} of {messages.Count} to {(string.IsNullOrWhiteSpace(channel.ChatId) ? "(no ChatId)" : channel.ChatId)} ({channel.Name}): ")
                .Append(CultureInfo.InvariantCulture, $"parse_mode=HTML, {messages[i].PlainLength} of 4096 characters after parsing")
                .AppendLine().AppendLine().AppendLine(messages[i].Html).AppendLine();
        }

        return text.ToString();
    }

    private static string Discord(Digest digest, ChannelOptions channel)
    {
        var messages = DiscordDigestRenderer.Messages(digest);
        var text = new StringBuilder();
        for (var i = 0; i < messages.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"message {i + 1} of {messages.Count}: {messages[i].Count} embeds, {DiscordEmbedRenderer.CountedCharacters(messages[i])} of 6000 characters")
                .AppendLine()
                .Append(DiscordMessagePreviewer.PreviewMessage(messages[i], channel, DiscordChannelSender.Nonce(DiscordMessagePreviewer.PreviewNonce, i)))
                .AppendLine();
        }

        return text.ToString();
    }
}

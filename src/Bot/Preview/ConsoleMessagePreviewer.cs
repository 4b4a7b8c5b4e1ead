using Bot.ConsoleChannel;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Preview;

/// <summary>The console channel's message: exactly what <see cref="ConsoleChannelSender"/> prints.</summary>
public sealed class ConsoleMessagePreviewer : IMessagePreviewer
{
    public ChannelPlatform Platform => ChannelPlatform.Console;

    public string Preview(Post post, ChannelOptions channel) =>
        ConsoleAnnouncementFormatter.Format(new DeliveryRequest(0, "preview", channel, DeliveryKind.Announcement, [post]));
}

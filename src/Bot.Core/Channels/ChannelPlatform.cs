namespace Bot.Core.Channels;

public enum ChannelPlatform
{
    Console,
    Telegram,
    Discord,
}

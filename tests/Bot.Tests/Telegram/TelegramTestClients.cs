using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

/// <summary>Builds the real Telegram parts pointed at a fake Bot API.</summary>
internal static class TelegramTestClients
{
    public const string Token = "123456789:AAE-test_SECRET-token-do-not-log";

    public static TelegramOptions Options(string baseUrl, Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions { Token = Token, ApiBaseUrl = baseUrl };
        configure?.Invoke(options);
        return options;
    }

    public static TelegramChannelSender Sender(
        TelegramBotClientProvider clients, TelegramOptions options, TimeProvider? time = null, ILoggerFactory? logs = null, IChannelTargetStore? targets = null)
    {
        var clock = time ?? TimeProvider.System;
        return new TelegramChannelSender(
            clients,
            new TelegramSendThrottle(clock),
            Microsoft.Extensions.Options.Options.Create(options),
            (logs ?? NullLoggerFactory.Instance).CreateLogger<TelegramChannelSender>(),
            targets);
    }

    public static TelegramBotClientProvider Provider(TelegramOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options));

    public static DeliveryRequest Announcement(string chatId, Post post, Action<ChannelOptions>? configure = null)
    {
        var channel = new ChannelOptions { Name = "tg-test", Platform = ChannelPlatform.Telegram, ChatId = chatId };
        configure?.Invoke(channel);
        return new DeliveryRequest(1, "key-1", channel, DeliveryKind.Announcement, [post]);
    }
}

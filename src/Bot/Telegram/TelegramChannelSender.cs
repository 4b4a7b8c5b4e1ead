using System.Globalization;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Publishing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// Renders announcements and digests for Telegram chats and sends them one message at a time. Waits for the rate
/// limits before each send and reports Telegram's answers as <see cref="DeliveryResult"/>s; follows a group's
/// migration to its supergroup once, storing the new chat in <see cref="IChannelTargetStore"/> so later sends go there.
/// </summary>
public sealed class TelegramChannelSender(
    TelegramBotClientProvider clients,
    TelegramSendThrottle throttle,
    IOptions<TelegramOptions> options,
    ILogger<TelegramChannelSender> logger,
    IChannelTargetStore? targets = null,
    TimeProvider? timeProvider = null) : IChannelSender
{
    private readonly IChannelTargetStore targets = targets ?? new Channels.ChannelTargetStore();
    private readonly TelegramPacedApi paced = new(throttle, timeProvider ?? TimeProvider.System);

    public ChannelPlatform Platform => ChannelPlatform.Telegram;

    public async Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        if (clients.Client is not { } bot)
        {
            return PreparedDelivery.Refused(DeliveryResult.Permanent("Telegram:Token is not set, so Telegram channels cannot be sent to."));
        }

        var target = await targets.FindAsync(channel.Name, cancellationToken) ?? channel.ChatId;
        if (!TelegramChatTarget.TryParse(target, out var chat))
        {
            return PreparedDelivery.Refused(DeliveryResult.Permanent($"Channel '{channel.Name}': ChatId '{target}' is not a numeric chat id or @username."));
        }

        var messages = request.Kind == DeliveryKind.Digest
            ? TelegramDigestRenderer.Render(DigestRequests.DigestOf(request))
            : [.. request.Posts.Select(TelegramAnnouncementRenderer.Render)];
        var destination = new Destination(chat);
        return new PreparedDelivery([.. messages.Select(message => (DeliveryPart)(token => SendPartAsync(bot, destination, channel, message, token)))]);
    }

    private async Task<DeliveryResult> SendPartAsync(
        ITelegramBotClient bot, Destination destination, ChannelOptions channel, TelegramMessage message, CancellationToken cancellationToken)
    {
        var (sent, failure, migratedTo) = await SendOneAsync(bot, destination.Chat, channel, message, cancellationToken);
        if (migratedTo is { } newChat)
        {
            TelegramLog.ChatMigrated(logger, channel.Name, newChat);
            await targets.SaveAsync(channel.Name, newChat.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
            destination.Chat = new ChatId(newChat);
            (sent, failure, _) = await SendOneAsync(bot, destination.Chat, channel, message, cancellationToken);
        }

        // The delivery worker logs the outcome, once.
        return failure ?? DeliveryResult.Sent(sent!.Id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<(Message? Sent, DeliveryResult? Failure, long? MigratedTo)> SendOneAsync(
        ITelegramBotClient bot, ChatId chat, ChannelOptions channel, TelegramMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await paced.SendAsync(chat, TelegramSendKind.Announcement, null, ct => bot.SendMessage(
                chatId: chat,
                text: message.Html,
                parseMode: ParseMode.Html,
                linkPreviewOptions: TelegramLinkPreviews.For(message, options.Value),
                messageThreadId: channel.ThreadId,
                disableNotification: channel.Silent,
                cancellationToken: ct), cancellationToken);
            return (sent, null, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return TelegramErrorMapper.MigratedTo(ex) is { } migratedTo
                ? (null, null, migratedTo)
                : (null, TelegramErrorMapper.Map(ex, clients.Redactor), null);
        }
    }

    /// <summary>The chat a delivery's parts go to; moves when Telegram migrates the group mid-delivery.</summary>
    private sealed class Destination(ChatId chat)
    {
        public ChatId Chat { get; set; } = chat;
    }
}

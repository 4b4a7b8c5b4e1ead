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
/// Sends announcements and digests to Telegram chats. Waits for the rate limits before each send and reports
/// Telegram's answers as <see cref="DeliveryResult"/>s; follows a group's migration to its supergroup once.
/// </summary>
public sealed class TelegramChannelSender(
    TelegramBotClientProvider clients,
    TelegramSendThrottle throttle,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<TelegramChannelSender> logger) : IChannelSender
{
    private readonly TelegramPacedApi paced = new(throttle, timeProvider);

    /// <summary>A send that has not been answered by then counts as a transient failure.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    public ChannelPlatform Platform => ChannelPlatform.Telegram;

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        if (clients.Client is not { } bot)
        {
            return DeliveryResult.Permanent("Telegram:Token is not set, so Telegram channels cannot be sent to.");
        }

        if (!TelegramChatTarget.TryParse(channel.ChatId, out var chat))
        {
            return DeliveryResult.Permanent($"Channel '{channel.Name}': ChatId '{channel.ChatId}' is not a numeric chat id or @username.");
        }

        var messages = request.Kind == DeliveryKind.Digest
            ? TelegramDigestRenderer.Render(DigestRequests.DigestOf(request))
            : [.. request.Posts.Select(TelegramAnnouncementRenderer.Render)];
        var ids = new List<string>();
        string? migratedTarget = null;

        // Rendering is deterministic, so the first parts are the ones Telegram already confirmed: never send them again.
        try
        {
            var remaining = messages.Skip(request.PartsAlreadySent).ToList();
            foreach (var message in remaining)
            {
                var (sent, failure, migratedTo) = await SendOneAsync(bot, chat, channel, message, cancellationToken);
                if (migratedTo is { } newChat)
                {
                    TelegramLog.ChatMigrated(logger, channel.Name, newChat);
                    migratedTarget = newChat.ToString(CultureInfo.InvariantCulture);
                    chat = new ChatId(newChat);
                    (sent, failure, _) = await SendOneAsync(bot, chat, channel, message, cancellationToken);
                }

                if (failure is not null)
                {
                    // The delivery worker logs the outcome, once.
                    return failure.WithProgress(ids) with { MigratedTarget = migratedTarget ?? failure.MigratedTarget };
                }

                ids.Add(sent!.Id.ToString(CultureInfo.InvariantCulture));
                if (ids.Count < remaining.Count && request.PartsConfirmed is { } confirmed)
                {
                    await confirmed(ids);
                }
            }
        }
        catch (OperationCanceledException) when (ids.Count > 0)
        {
            // Stopping or timed out mid-digest: the parts Telegram confirmed are kept, so the retry starts after them.
            return DeliveryResult.Transient($"stopped after {ids.Count} of {messages.Count - request.PartsAlreadySent} messages")
                .WithProgress(ids) with { MigratedTarget = migratedTarget };
        }

        return DeliveryResult.Sent(string.Join(',', ids), migratedTarget);
    }

    private async Task<(Message? Sent, DeliveryResult? Failure, long? MigratedTo)> SendOneAsync(
        ITelegramBotClient bot, ChatId chat, ChannelOptions channel, TelegramMessage message, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        try
        {
            var sent = await paced.SendAsync(chat, TelegramSendKind.Announcement, null, async ct =>
            {
                // the timeout runs from the moment the message leaves, not while it waits for its turn
                timeout.CancelAfter(SendTimeout);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
                return await bot.SendMessage(
                    chatId: chat,
                    text: message.Html,
                    parseMode: ParseMode.Html,
                    linkPreviewOptions: TelegramLinkPreviews.For(message, options.Value.LinkPreview),
                    messageThreadId: channel.ThreadId,
                    disableNotification: channel.Silent,
                    cancellationToken: linked.Token);
            }, cancellationToken);
            return (sent, null, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, DeliveryResult.Transient($"Telegram did not answer within {SendTimeout.TotalSeconds:0} s."), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return TelegramErrorMapper.MigratedTo(ex) is { } migratedTo
                ? (null, null, migratedTo)
                : (null, TelegramErrorMapper.Map(ex, clients.Redactor), null);
        }
    }
}

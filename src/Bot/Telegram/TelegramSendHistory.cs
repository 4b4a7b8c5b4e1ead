using Bot.Core.Channels;
using Bot.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>
/// The outbox's recent sends to Telegram channels, by the chat they went to: the channel's configured <c>ChatId</c>,
/// or the supergroup Telegram moved it to (a stored target override). Channels of other platforms are left out.
/// </summary>
public sealed class TelegramSendHistory(
    SqliteRecentSends recent, IChannelCatalog catalog, TimeProvider timeProvider, ILogger<TelegramSendHistory> logger) : ITelegramSendHistory
{
    public async Task<IReadOnlyList<TelegramPastSend>> LoadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        try
        {
            var overrides = await recent.LoadTargetOverridesAsync(cancellationToken);
            var chats = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var channel in catalog.Current.Where(c => c.Platform == ChannelPlatform.Telegram))
            {
                var target = overrides.GetValueOrDefault(channel.Name) ?? channel.ChatId;
                if (TelegramChatTarget.TryParse(target, out var chat))
                {
                    chats[channel.Name] = chat.ToString();
                }
            }

            var sends = await recent.LoadAsync(since, timeProvider.GetUtcNow(), cancellationToken);
            return
            [
                .. sends.Where(s => chats.ContainsKey(s.Channel)).Select(s => new TelegramPastSend(chats[s.Channel], s.At, s.Messages)),
            ];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the history the windows start empty, as before; the limits still hold from here on.
            TelegramLog.HistoryUnavailable(logger, ex.Message);
            return [];
        }
    }
}

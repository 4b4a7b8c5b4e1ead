namespace Bot.Telegram;

/// <summary>What was sent before this process started, so <see cref="TelegramSendThrottle"/> does not start empty.</summary>
public interface ITelegramSendHistory
{
    /// <summary>The sends since <paramref name="since"/>, keyed by the chat id the throttle uses.</summary>
    Task<IReadOnlyList<TelegramPastSend>> LoadAsync(DateTimeOffset since, CancellationToken cancellationToken);
}

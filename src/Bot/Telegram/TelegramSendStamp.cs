namespace Bot.Telegram;

/// <summary>
/// One send as <see cref="TelegramSendThrottle"/> counts it: while in flight it counts as happening now (it cannot
/// leave a window yet); once answered, at the moment of the answer, which is no earlier than Telegram received it.
/// </summary>
internal sealed class TelegramSendStamp
{
    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset At(DateTimeOffset now) => AnsweredAt ?? now;
}

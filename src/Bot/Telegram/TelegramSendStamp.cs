namespace Bot.Telegram;

/// <summary>
/// One send as <see cref="TelegramSendThrottle"/> counts it: while in flight it counts as happening now (it cannot
/// leave a window yet); once answered, at the moment of the answer, which is no earlier than Telegram received it.
/// </summary>
internal sealed class TelegramSendStamp
{
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>A command reply or edit: counted against the replies' share of a group.</summary>
    public bool Reply { get; init; }

    /// <summary>The user a reply answered, for turns between users.</summary>
    public string? Requester { get; init; }

    public DateTimeOffset At(DateTimeOffset now) => AnsweredAt ?? now;
}

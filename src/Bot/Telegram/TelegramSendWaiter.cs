namespace Bot.Telegram;

/// <summary>One send waiting in <see cref="TelegramSendThrottle"/> for its turn.</summary>
internal sealed class TelegramSendWaiter(string chatId, TelegramSendKind kind, string? requester, long order)
{
    public string ChatId { get; } = chatId;

    public TelegramSendKind Kind { get; } = kind;

    /// <summary>The user a reply answers; replies take turns between users, so one user's flood does not delay others.</summary>
    public string? Requester { get; } = requester;

    public long Order { get; } = order;

    /// <summary>Completed outside the throttle's lock, so a continuation that runs inline cannot deadlock it.</summary>
    public TaskCompletionSource<TelegramSendStamp> Granted { get; } = new();
}

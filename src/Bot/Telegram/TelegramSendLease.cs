namespace Bot.Telegram;

/// <summary>
/// A send that <see cref="TelegramSendThrottle"/> let through. Dispose it once Telegram answered (or the send gave up):
/// the windows then count the send from that moment.
/// </summary>
public sealed class TelegramSendLease : IDisposable
{
    private readonly TelegramSendThrottle throttle;
    private readonly TelegramSendStamp stamp;

    internal TelegramSendLease(TelegramSendThrottle throttle, TelegramSendStamp stamp)
    {
        this.throttle = throttle;
        this.stamp = stamp;
    }

    public void Dispose() => throttle.Answered(stamp);
}

namespace Bot.Telegram;

/// <summary>Who a send is for, which decides its turn in <see cref="TelegramSendThrottle"/>.</summary>
public enum TelegramSendKind
{
    /// <summary>An announcement or digest from the outbox: it can wait, the outbox keeps it.</summary>
    Announcement,

    /// <summary>A command reply or a button's edit: someone is waiting for it, so it goes first (within its share).</summary>
    Reply,
}

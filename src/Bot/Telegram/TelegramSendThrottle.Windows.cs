namespace Bot.Telegram;

/// <summary>The windows of <see cref="TelegramSendThrottle"/>: what was sent where, and how long a waiter must wait.</summary>
public sealed partial class TelegramSendThrottle
{
    private readonly Dictionary<string, List<TelegramSendStamp>> chats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TelegramSendStamp>> groups = new(StringComparer.Ordinal);
    private readonly List<TelegramSendStamp> bot = [];
    private readonly Dictionary<string, DateTimeOffset> holds = new(StringComparer.Ordinal);

    /// <summary>Call under the lock.</summary>
    private void Count(string chatId, TelegramSendStamp stamp)
    {
        Window(chats, chatId).Add(stamp);
        if (IsGroupOrChannel(chatId))
        {
            Window(groups, chatId).Add(stamp);
        }

        bot.Add(stamp);
    }

    /// <summary>Call under the lock. Forgets sends that left their windows and holds that ran out.</summary>
    private void Prune(DateTimeOffset now)
    {
        Prune(chats, ChatWindow, now);
        Prune(groups, GroupWindow, now);
        bot.RemoveAll(s => s.At(now) + BotWindow <= now);
        foreach (var expired in holds.Where(h => h.Value <= now).Select(h => h.Key).ToList())
        {
            holds.Remove(expired);
        }
    }

    /// <summary>Call under the lock, after <see cref="Prune(DateTimeOffset)"/>. Zero when the waiter may go now.</summary>
    private TimeSpan WaitFor(TelegramSendWaiter waiter, DateTimeOffset now)
    {
        var wait = holds.TryGetValue(waiter.ChatId, out var held) ? held - now : TimeSpan.Zero;
        wait = Max(wait, WaitFor(chats.GetValueOrDefault(waiter.ChatId), PerChat, ChatWindow, now));
        wait = Max(wait, WaitFor(bot, PerBot, BotWindow, now));
        if (IsGroupOrChannel(waiter.ChatId))
        {
            var group = groups.GetValueOrDefault(waiter.ChatId);
            wait = Max(wait, WaitFor(group, PerGroup, GroupWindow, now));
            if (waiter.Kind == TelegramSendKind.Reply && AnnouncementWaits(waiter.ChatId))
            {
                wait = Max(wait, WaitFor(group?.Where(s => s.Reply).ToList(), ReplySharePerGroup, GroupWindow, now));
            }
        }

        return wait;
    }

    private bool AnnouncementWaits(string chatId) =>
        waiting.Any(w => w.Kind == TelegramSendKind.Announcement && w.ChatId == chatId);

    private static void Prune(Dictionary<string, List<TelegramSendStamp>> windows, TimeSpan window, DateTimeOffset now)
    {
        foreach (var (key, sends) in windows.ToList())
        {
            sends.RemoveAll(s => s.At(now) + window <= now);
            if (sends.Count == 0)
            {
                windows.Remove(key);
            }
        }
    }

    private static List<TelegramSendStamp> Window(Dictionary<string, List<TelegramSendStamp>> windows, string key)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            window = [];
            windows[key] = window;
        }

        return window;
    }

    /// <summary>With the limit reached, how long until enough sends leave the window.</summary>
    private static TimeSpan WaitFor(List<TelegramSendStamp>? sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        if (sends is null || sends.Count < limit)
        {
            return TimeSpan.Zero;
        }

        // answers can arrive out of order across chats: the (count - limit + 1)-th earliest must leave first
        var leaving = sends.Select(s => s.At(now)).Order().ElementAt(sends.Count - limit);
        return leaving + window - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

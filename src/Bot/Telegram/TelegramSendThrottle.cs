namespace Bot.Telegram;

/// <summary>
/// Keeps sends within Telegram's limits before they leave: at most 1 message per second per chat, 20 per minute per
/// group or channel, 30 per second for the whole bot. Sliding windows over the times of real sends, awaited through
/// <see cref="TimeProvider"/> so tests drive it with a fake clock. (System.Threading.RateLimiting's limiters run on
/// their own timers and cannot take a TimeProvider.)
/// </summary>
/// <remarks>
/// A send counts from the moment its answer arrived, not from when it left: Telegram measures arrivals, and network
/// jitter can bring two requests that left a window apart closer than that on arrival (a 429). The answer comes after
/// the arrival, so counting from it can never undercount; it costs one round trip per window.
/// </remarks>
public sealed class TelegramSendThrottle(TimeProvider timeProvider)
{
    public static readonly TimeSpan ChatWindow = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BotWindow = TimeSpan.FromSeconds(1);
    public const int PerChat = 1;
    public const int PerGroup = 20;
    public const int PerBot = 30;

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<TelegramSendStamp>> chats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TelegramSendStamp>> groups = new(StringComparer.Ordinal);
    private readonly List<TelegramSendStamp> bot = [];

    /// <summary>
    /// Waits until a message to <paramref name="chatId"/> is within every limit and counts it; dispose the lease when
    /// Telegram answered.
    /// </summary>
    public async Task<TelegramSendLease> WaitAsync(string chatId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        while (true)
        {
            var (wait, stamp) = TryAcquire(chatId);
            if (stamp is not null)
            {
                return new TelegramSendLease(this, stamp);
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>Negative ids are groups, supergroups and channels; <c>@name</c> targets are public channels or groups.</summary>
    public static bool IsGroupOrChannel(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

    internal void Answered(TelegramSendStamp stamp)
    {
        lock (gate)
        {
            stamp.AnsweredAt ??= timeProvider.GetUtcNow();
        }
    }

    private (TimeSpan Wait, TelegramSendStamp? Stamp) TryAcquire(string chatId)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            var chat = Window(chats, chatId);
            var group = IsGroupOrChannel(chatId) ? Window(groups, chatId) : null;
            var wait = Max(WaitFor(chat, PerChat, ChatWindow, now), WaitFor(bot, PerBot, BotWindow, now));
            if (group is not null)
            {
                wait = Max(wait, WaitFor(group, PerGroup, GroupWindow, now));
            }

            if (wait > TimeSpan.Zero)
            {
                return (wait, null);
            }

            var stamp = new TelegramSendStamp();
            chat.Add(stamp);
            group?.Add(stamp);
            bot.Add(stamp);
            return (TimeSpan.Zero, stamp);
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

    /// <summary>Forgets sends that left the window; with the limit reached, waits until enough of the rest leave it.</summary>
    private static TimeSpan WaitFor(List<TelegramSendStamp> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        sends.RemoveAll(s => s.At(now) + window <= now);
        if (sends.Count < limit)
        {
            return TimeSpan.Zero;
        }

        // answers can arrive out of order across chats: the (count - limit + 1)-th earliest must leave first
        var leaving = sends.Select(s => s.At(now)).Order().ElementAt(sends.Count - limit);
        return leaving + window - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

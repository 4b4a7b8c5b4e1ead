namespace Bot.Telegram;

/// <summary>
/// Keeps sends within Telegram's limits before they leave: at most 1 message per second per chat, 20 per minute per
/// group or channel, 30 per second for the whole bot. Sliding windows over the times of real sends, awaited through
/// <see cref="TimeProvider"/> so tests drive it with a fake clock. (System.Threading.RateLimiting's limiters run on
/// their own timers and cannot take a TimeProvider.)
/// </summary>
public sealed class TelegramSendThrottle(TimeProvider timeProvider)
{
    public static readonly TimeSpan ChatWindow = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BotWindow = TimeSpan.FromSeconds(1);
    public const int PerChat = 1;
    public const int PerGroup = 20;
    public const int PerBot = 30;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> chats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> groups = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> bot = new();

    /// <summary>Waits until a message to <paramref name="chatId"/> is within every limit, then counts it as sent.</summary>
    public async Task WaitAsync(string chatId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        while (true)
        {
            var wait = TryAcquire(chatId);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>Negative ids are groups, supergroups and channels; <c>@name</c> targets are public channels or groups.</summary>
    public static bool IsGroupOrChannel(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

    private TimeSpan TryAcquire(string chatId)
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
                return wait;
            }

            chat.Enqueue(now);
            group?.Enqueue(now);
            bot.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    private static Queue<DateTimeOffset> Window(Dictionary<string, Queue<DateTimeOffset>> windows, string key)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            window = new Queue<DateTimeOffset>();
            windows[key] = window;
        }

        return window;
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        while (sends.Count > 0 && sends.Peek() + window <= now)
        {
            sends.Dequeue();
        }

        return sends.Count < limit ? TimeSpan.Zero : sends.Peek() + window - now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

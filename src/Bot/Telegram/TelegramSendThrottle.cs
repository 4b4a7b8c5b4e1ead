namespace Bot.Telegram;

/// <summary>
/// Keeps every message the bot sends or edits within Telegram's limits before it leaves: at most 1 per second per
/// chat, 20 per minute per group or channel, 30 per second for the whole bot. Sliding windows over the times of real
/// sends, with one queue of waiters granted in turn on a <see cref="TimeProvider"/> timer, so tests drive it with a fake
/// clock. Replies go before announcements, but in a group they take at most <see cref="ReplySharePerGroup"/> of the
/// 20 slots a minute while an announcement to that group waits; replies take turns between the users they answer.
/// A 429 holds the chat (<see cref="Hold"/>) for its <c>retry_after</c>. The windows start from what
/// <see cref="ITelegramSendHistory"/> says was sent in the last minute, so a restart never sends faster than allowed.
/// </summary>
/// <remarks>
/// A send counts from the moment its answer arrived, not from when it left: Telegram measures arrivals, and network
/// jitter can bring two requests that left a window apart closer than that on arrival (a 429). The answer comes after
/// the arrival, so counting from it can never undercount; it costs one round trip per window.
/// </remarks>
public sealed partial class TelegramSendThrottle(TimeProvider timeProvider, ITelegramSendHistory? history = null)
{
    public static readonly TimeSpan ChatWindow = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BotWindow = TimeSpan.FromSeconds(1);
    public const int PerChat = 1;
    public const int PerGroup = 20;
    public const int PerBot = 30;

    /// <summary>Replies' share of a group's minute while announcements to it wait (the rest is the announcements').</summary>
    public const int ReplySharePerGroup = 5;

    private readonly Lock gate = new();
    private readonly List<TelegramSendWaiter> waiting = [];
    private readonly Lock seedGate = new();
    private Task? seeding;
    private long nextOrder;
    private int inFlight;
    private ITimer? timer;
    private DateTimeOffset? timerDue;

    /// <summary>Waits for an announcement's turn; dispose the lease when Telegram answered.</summary>
    public Task<TelegramSendLease> WaitAsync(string chatId, CancellationToken cancellationToken) =>
        WaitAsync(chatId, TelegramSendKind.Announcement, null, cancellationToken);

    /// <summary>
    /// Waits until a message to <paramref name="chatId"/> is within every limit and it is this message's turn, and
    /// counts it; dispose the lease when Telegram answered.
    /// </summary>
    public async Task<TelegramSendLease> WaitAsync(string chatId, TelegramSendKind kind, string? requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        await SeedOnceAsync(cancellationToken);
        TelegramSendWaiter waiter;
        lock (gate)
        {
            waiter = new TelegramSendWaiter(chatId, kind, requester, nextOrder++);
            waiting.Add(waiter);
        }

        Pump();
        using (cancellationToken.Register(() => Abandon(waiter, cancellationToken)))
        {
            return new TelegramSendLease(this, await waiter.Granted.Task);
        }
    }

    /// <summary>Telegram answered 429 for <paramref name="chatId"/>: nothing more goes there until the wait is over.</summary>
    public void Hold(string chatId, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        lock (gate)
        {
            var until = timeProvider.GetUtcNow() + retryAfter;
            holds[chatId] = holds.TryGetValue(chatId, out var held) && held > until ? held : until;
        }

        Pump();
    }

    /// <summary>Sends waiting for their turn.</summary>
    internal int Waiting
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>Sends let through and not answered yet.</summary>
    internal int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Negative ids are groups, supergroups and channels; <c>@name</c> targets are public channels or groups.</summary>
    public static bool IsGroupOrChannel(string chatId) => chatId.StartsWith('-') || chatId.StartsWith('@');

    /// <summary>Counts sends made before this process started (a restart must not start with empty windows).</summary>
    public void Seed(IEnumerable<TelegramPastSend> sends)
    {
        ArgumentNullException.ThrowIfNull(sends);
        lock (gate)
        {
            foreach (var send in sends)
            {
                for (var i = 0; i < send.Messages; i++)
                {
                    Count(send.ChatId, new TelegramSendStamp { AnsweredAt = send.At });
                }
            }
        }
    }

    internal void Answered(TelegramSendStamp stamp)
    {
        lock (gate)
        {
            if (stamp.AnsweredAt is null)
            {
                stamp.AnsweredAt = timeProvider.GetUtcNow();
                inFlight--;
            }
        }

        Pump();
    }

    private Task SeedOnceAsync(CancellationToken cancellationToken)
    {
        if (history is null)
        {
            return Task.CompletedTask;
        }

        lock (seedGate)
        {
            seeding ??= Task.Run(async () => Seed(await history.LoadAsync(timeProvider.GetUtcNow() - GroupWindow, CancellationToken.None)), CancellationToken.None);
        }

        return seeding.IsCompletedSuccessfully ? Task.CompletedTask : seeding.WaitAsync(cancellationToken);
    }

    private void Abandon(TelegramSendWaiter waiter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!waiting.Remove(waiter))
            {
                return;
            }
        }

        waiter.Granted.TrySetCanceled(cancellationToken);
        Pump();
    }

    /// <summary>Grants every waiter whose turn it is, then sets the timer for the earliest one still waiting.</summary>
    private void Pump()
    {
        var granted = new List<(TelegramSendWaiter Waiter, TelegramSendStamp Stamp)>();
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            Prune(now);
            DateTimeOffset? wake = null;
            foreach (var waiter in InTurn())
            {
                var wait = WaitFor(waiter, now);
                if (wait <= TimeSpan.Zero)
                {
                    var stamp = new TelegramSendStamp { Reply = waiter.Kind == TelegramSendKind.Reply, Requester = waiter.Requester };
                    Count(waiter.ChatId, stamp);
                    inFlight++;
                    waiting.Remove(waiter);
                    granted.Add((waiter, stamp));
                }
                else if (wake is null || now + wait < wake)
                {
                    wake = now + wait;
                }
            }

            ScheduleWake(wake, now);
        }

        foreach (var (waiter, stamp) in granted)
        {
            if (!waiter.Granted.TrySetResult(stamp))
            {
                Answered(stamp); // cancelled meanwhile: the slot was counted, let it go as if answered now
            }
        }
    }

    /// <summary>
    /// Replies first, taking turns between the users they answer (who was answered least in the chat's window goes
    /// first); then announcements, oldest first.
    /// </summary>
    private List<TelegramSendWaiter> InTurn()
    {
        var turns = new Dictionary<(string Chat, string? Requester), int>();
        return
        [
            .. waiting
                .Select(w => (Waiter: w, Turn: w.Kind == TelegramSendKind.Reply ? NextTurn(turns, w) : 0))
                .OrderBy(w => w.Waiter.Kind == TelegramSendKind.Reply ? 0 : 1)
                .ThenBy(w => w.Turn)
                .ThenBy(w => w.Waiter.Order)
                .Select(w => w.Waiter),
        ];
    }

    private int NextTurn(Dictionary<(string Chat, string? Requester), int> turns, TelegramSendWaiter waiter)
    {
        var key = (waiter.ChatId, waiter.Requester);
        if (!turns.TryGetValue(key, out var turn))
        {
            var recent = groups.GetValueOrDefault(waiter.ChatId) ?? chats.GetValueOrDefault(waiter.ChatId);
            turn = recent?.Count(s => s.Reply && s.Requester == waiter.Requester) ?? 0;
        }

        turns[key] = turn + 1;
        return turn;
    }

    private void ScheduleWake(DateTimeOffset? wake, DateTimeOffset now)
    {
        if (wake == timerDue)
        {
            return;
        }

        timer?.Dispose();
        timer = null;
        timerDue = wake;
        if (wake is { } due)
        {
            timer = timeProvider.CreateTimer(_ => OnTimer(due), null, due - now, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer(DateTimeOffset due)
    {
        lock (gate)
        {
            if (timerDue == due)
            {
                timerDue = null;
            }
        }

        Pump();
    }
}

using Bot.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>
/// How <see cref="TelegramSendThrottle"/> shares its budgets: replies before announcements, replies' share of a busy
/// group, turns between users, 429 holds and the windows seeded from before a restart. On a fake clock, each scenario
/// inside <see cref="Task.Run(Func{Task})"/> so a timer fired by Advance resumes the waiter before Advance returns.
/// </summary>
public sealed class TelegramSendSharingTests
{
    private const string Group = "-1001234";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public Task WaitAsync_ReplyAndAnnouncementWaitingForOneChat_ReplyGoesFirst() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        (await throttle.WaitAsync(Group, CancellationToken.None).WaitAsync(Timeout)).Dispose();

        var announcement = throttle.WaitAsync(Group, CancellationToken.None);
        var reply = throttle.WaitAsync(Group, TelegramSendKind.Reply, "7", CancellationToken.None);
        time.Advance(TelegramSendThrottle.ChatWindow);

        Assert.True(reply.IsCompleted);
        Assert.False(announcement.IsCompleted);
        (await reply).Dispose();
        time.Advance(TelegramSendThrottle.ChatWindow);
        (await announcement.WaitAsync(Timeout)).Dispose();
    });

    [Fact]
    public Task WaitAsync_BusyGroup_RepliesTakeAtMostTheirShareWhileAnnouncementsWait() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var replies = Enumerable.Range(0, 15)
            .Select(i => throttle.WaitAsync(Group, TelegramSendKind.Reply, $"user{i}", CancellationToken.None)).ToList();
        var announcements = Enumerable.Range(0, 15).Select(_ => throttle.WaitAsync(Group, CancellationToken.None)).ToList();
        var order = new List<string>();
        var seen = new HashSet<Task<TelegramSendLease>>();
        for (var second = 0; second < 20; second++)
        {
            await Task.WhenAny(replies.Concat(announcements).Where(t => !seen.Contains(t))).WaitAsync(Timeout);
            var granted = replies.Concat(announcements).Where(t => t.IsCompleted && seen.Add(t)).ToList();
            var only = Assert.Single(granted); // one a second in one chat
            order.Add(replies.Contains(only) ? "r" : "a");
            (await only).Dispose();
            time.Advance(TelegramSendThrottle.ChatWindow);
        }

        Assert.DoesNotContain(replies.Concat(announcements), t => t.IsCompleted && !seen.Contains(t));
        // the first minute of the group: the replies' share, then the announcements, none past the group's 20
        Assert.Equal(TelegramSendThrottle.ReplySharePerGroup, order.Count(o => o == "r"));
        Assert.Equal(TelegramSendThrottle.PerGroup - TelegramSendThrottle.ReplySharePerGroup, order.Count(o => o == "a"));
        Assert.All(order.Take(TelegramSendThrottle.ReplySharePerGroup), o => Assert.Equal("r", o));
    });

    [Fact]
    public Task WaitAsync_TwoUsersInOneChat_RepliesTakeTurnsSoTheFlooderDoesNotDelayTheOther() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var flood = Enumerable.Range(0, 5).Select(_ => throttle.WaitAsync(Group, TelegramSendKind.Reply, "flooder", CancellationToken.None)).ToList();
        var other = throttle.WaitAsync(Group, TelegramSendKind.Reply, "reader", CancellationToken.None);

        (await flood[0].WaitAsync(Timeout)).Dispose();
        time.Advance(TelegramSendThrottle.ChatWindow);

        Assert.True(other.IsCompleted);
        Assert.False(flood[1].IsCompleted);
        (await other).Dispose();
    });

    [Fact]
    public Task Hold_After429_ChatWaitsRetryAfterOtherChatsDoNot() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        throttle.Hold(Group, TimeSpan.FromSeconds(5));

        var held = throttle.WaitAsync(Group, CancellationToken.None);
        (await throttle.WaitAsync("42", CancellationToken.None).WaitAsync(Timeout)).Dispose();
        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        (await held.WaitAsync(Timeout)).Dispose();
    });

    [Fact]
    public Task WaitAsync_SeededWithTwentySendsToAGroupBeforeTheRestart_WaitsForTheFirstToLeave() => Task.Run(async () =>
    {
        var start = time.GetUtcNow();
        var first = start - TimeSpan.FromSeconds(30);
        var history = new FixedHistory([.. Enumerable.Range(0, 20).Select(i => new TelegramPastSend(Group, first + TimeSpan.FromSeconds(i), 1))]);
        var throttle = new TelegramSendThrottle(time, history);

        var next = throttle.WaitAsync(Group, CancellationToken.None);
        var elsewhere = throttle.WaitAsync("-1005", CancellationToken.None);
        (await elsewhere.WaitAsync(Timeout)).Dispose();
        time.Advance(first + TelegramSendThrottle.GroupWindow - time.GetUtcNow() - TimeSpan.FromTicks(1));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        (await next.WaitAsync(Timeout)).Dispose();
        Assert.Equal(start - TelegramSendThrottle.GroupWindow, history.Since);
    });

    private sealed class FixedHistory(IReadOnlyList<TelegramPastSend> sends) : ITelegramSendHistory
    {
        public DateTimeOffset? Since { get; private set; }

        public Task<IReadOnlyList<TelegramPastSend>> LoadAsync(DateTimeOffset since, CancellationToken cancellationToken)
        {
            Since ??= since;
            return Task.FromResult(sends);
        }
    }
}

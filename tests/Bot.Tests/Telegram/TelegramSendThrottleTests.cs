using Bot.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>
/// The throttle on a fake clock. Each scenario runs inside <see cref="Task.Run(Func{Task})"/>, away from xunit's
/// synchronization context, so a timer fired by <see cref="FakeTimeProvider.Advance"/> resumes the waiter before
/// Advance returns and <c>IsCompleted</c> says exactly what happened.
/// </summary>
public sealed class TelegramSendThrottleTests
{
    private const string Group = "-1001234";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public Task WaitAsync_SameChatAfterAnswer_WaitsOneSecondFromTheAnswerNotTheDeparture() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var first = await throttle.WaitAsync("42", CancellationToken.None).WaitAsync(Timeout);
        time.Advance(TimeSpan.FromMilliseconds(300)); // the round trip
        first.Dispose();

        var second = throttle.WaitAsync("42", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(Timeout)).Dispose();
    });

    [Fact]
    public Task WaitAsync_SameChatWhileFirstInFlight_WaitsUntilAnsweredPlusWindow() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var first = await throttle.WaitAsync("42", CancellationToken.None).WaitAsync(Timeout);

        var second = throttle.WaitAsync("42", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(second.IsCompleted);
        first.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await second.WaitAsync(Timeout)).Dispose();
    });

    [Theory]
    [InlineData(Group, true)]
    [InlineData("@blog_channel", true)]
    [InlineData("42", false)]
    public Task WaitAsync_TwentyFirstInAMinute_WaitsForTheFirstToLeaveOnlyInGroups(string chat, bool limited) => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var firstAnswered = time.GetUtcNow();
        for (var i = 0; i < TelegramSendThrottle.PerGroup; i++)
        {
            (await throttle.WaitAsync(chat, CancellationToken.None).WaitAsync(Timeout)).Dispose();
            time.Advance(TelegramSendThrottle.ChatWindow);
        }

        var next = throttle.WaitAsync(chat, CancellationToken.None);
        Assert.Equal(!limited, next.IsCompleted);
        time.Advance(firstAnswered + TelegramSendThrottle.GroupWindow - time.GetUtcNow() - TimeSpan.FromTicks(1));
        Assert.Equal(!limited, next.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        (await next.WaitAsync(Timeout)).Dispose();
    });

    [Fact]
    public Task WaitAsync_BotLimitWithAnswersOutOfOrder_WaitsForTheEarliestAnswerToLeave() => Task.Run(async () =>
    {
        var throttle = new TelegramSendThrottle(time);
        var leases = new List<TelegramSendLease>();
        for (var chat = 1; chat <= TelegramSendThrottle.PerBot; chat++)
        {
            leases.Add(await throttle.WaitAsync(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None).WaitAsync(Timeout));
        }

        // answered last-sent first, 10 ms apart: the first-sent send is answered last
        for (var i = leases.Count - 1; i >= 0; i--)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            leases[i].Dispose();
        }

        var earliestAnswer = time.GetUtcNow() - TimeSpan.FromMilliseconds(10 * (TelegramSendThrottle.PerBot - 1));
        var next = throttle.WaitAsync("1000", CancellationToken.None);
        time.Advance(earliestAnswer + TelegramSendThrottle.BotWindow - time.GetUtcNow() - TimeSpan.FromTicks(1));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        (await next.WaitAsync(Timeout)).Dispose();
    });
}

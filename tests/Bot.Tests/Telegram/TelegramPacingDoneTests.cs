using System.Globalization;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Xunit.Abstractions;

namespace Bot.Tests.Telegram;

/// <summary>
/// The "done when": the real Telegram.Bot client against the fake Bot API (which answers 429 over 1/s per chat,
/// 20/min per group, 30/s per bot), bot and fake on one <see cref="FakeTimeProvider"/>. 50 posts fan out to a group
/// through <see cref="TelegramChannelSender"/> while three users send commands that go through
/// <see cref="TelegramUpdateProcessor"/>; both share one <see cref="TelegramSendThrottle"/>. The clock moves in 50 ms
/// steps, each once everything started is waiting on it (in the throttle) or done.
/// </summary>
public sealed class TelegramPacingDoneTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Group = -1001000000777;
    private const int Posts = 50;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly PostIndexHolder posts = new();
    private readonly List<(Task Task, long Chat, DateTimeOffset Asked, bool Flood)> asked = [];
    private readonly Dictionary<Task, DateTimeOffset> answered = [];
    private readonly List<DateTimeOffset> announcementTimes = [];
    private FakeBotApi fake = null!;
    private TelegramBotClientProvider clients = null!;
    private TelegramSendThrottle throttle = null!;
    private TelegramUpdateProcessor processor = null!;
    private TelegramChannelSender sender = null!;
    private int updateId;

    public async Task InitializeAsync()
    {
        fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        clients = TelegramTestClients.Provider(options);
        throttle = new TelegramSendThrottle(time);
        posts.Replace(TelegramTestPosts.Index(30));
        processor = new TelegramUpdateProcessor(
            clients.Client!, new TelegramPacedApi(throttle, time), FakeBotApi.BotUsername, posts, new CommandHandler(time),
            new TelegramChatFloodGate(time), TelegramLanguage.En, clients.Redactor, NullLogger.Instance);
        sender = new TelegramChannelSender(
            clients, throttle, Microsoft.Extensions.Options.Options.Create(options), NullLogger<TelegramChannelSender>.Instance, timeProvider: time);
    }

    public async Task DisposeAsync()
    {
        clients.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task FanOutToAGroup_ThreeUsersInPrivateChatsOneFlooding_NoTooManyRequestsRepliesPromptAnnouncementsNearTheCeiling()
    {
        var fanOut = FanOutAsync(Group);
        var start = time.GetUtcNow();
        var elapsed = TimeSpan.Zero;
        while (!fanOut.IsCompleted)
        {
            if (elapsed < TimeSpan.FromSeconds(60) && elapsed.Ticks % TimeSpan.FromSeconds(2).Ticks == 0)
            {
                Ask(101, 1, flood: false); // two readers, a command each every 2 s
                Ask(102, 2, flood: false);
            }

            if (elapsed >= TimeSpan.FromSeconds(10) && elapsed < TimeSpan.FromSeconds(15) && elapsed.Ticks % TimeSpan.FromMilliseconds(250).Ticks == 0)
            {
                Ask(103, 3, flood: true); // 20 commands in 5 s
            }

            await StepAsync(fanOut);
            elapsed = time.GetUtcNow() - start;
            Assert.True(elapsed < TimeSpan.FromMinutes(5), "the fan-out never finished");
        }

        while (asked.Any(a => !a.Task.IsCompleted))
        {
            await StepAsync(fanOut);
        }

        await fanOut;
        var refused = fake.Read(f => f.Calls.Count(c => c.Error?.Code == 429));
        Assert.Equal(0, refused);
        Assert.Equal(20, asked.Count(a => a.Flood));
        foreach (var (task, chat, when, _) in asked.Where(a => !a.Flood))
        {
            Assert.True(answered[task] - when <= TimeSpan.FromSeconds(1.5), $"chat {chat} asked at {when:T}, answered at {answered[task]:T}");
        }

        var ceiling = Ceiling(Posts);
        var took = announcementTimes[^1] - announcementTimes[0];
        var slowest = asked.Where(a => !a.Flood).Max(a => answered[a.Task] - a.Asked);
        output.WriteLine(FormattableString.Invariant($"announcements {took.TotalSeconds:0.00} s vs ceiling {ceiling.TotalSeconds:0.00} s ({ceiling / took:P1}); slowest reply {slowest.TotalMilliseconds:0} ms"));
        Assert.True(ceiling / took >= 0.9, $"{Posts} announcements took {took.TotalSeconds:0.0} s, ceiling {ceiling.TotalSeconds:0.0} s");

        var flooder = fake.Read(f => f.Sent.Where(m => m.ChatId == 103).Select(m => m.Text).ToList());
        Assert.Single(flooder, t => t == TelegramTexts.SlowDown(ReplyLanguage.English));
        Assert.InRange(flooder.Count, 6, 20); // answered up to the allowance, then one notice, the rest ignored
    }

    [Fact]
    public async Task FanOutToAGroup_MembersOfThatGroupAskToo_BothProgressWithTheDocumentedShares()
    {
        var fanOut = FanOutAsync(Group);
        var start = time.GetUtcNow();
        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromMinutes(2))
        {
            if (elapsed.Ticks % TimeSpan.FromSeconds(3).Ticks == 0)
            {
                Ask(Group, 1 + (elapsed.Ticks / TimeSpan.FromSeconds(3).Ticks % 3), flood: false); // members take turns, one command every 3 s
            }

            await StepAsync(fanOut);
            elapsed = time.GetUtcNow() - start;
        }

        var announced = announcementTimes.Count;
        var replies = fake.Read(f => f.Sent.Count(m => m.ChatId == Group)) - announced;
        output.WriteLine($"two minutes of a busy group: {announced} announcements, {replies} replies");
        Assert.Equal(0, fake.Read(f => f.Calls.Count(c => c.Error?.Code == 429)));

        // two minutes of the group: 40 slots; announcements keep at least their 15 a minute, replies get their 5 a minute
        var perMinuteForAnnouncements = TelegramSendThrottle.PerGroup - TelegramSendThrottle.ReplySharePerGroup;
        Assert.InRange(announced, 2 * perMinuteForAnnouncements, 2 * TelegramSendThrottle.PerGroup);
        Assert.InRange(replies, 2 * TelegramSendThrottle.ReplySharePerGroup, 2 * TelegramSendThrottle.PerGroup);
        Assert.True(announced + replies >= 36, $"{announced} announcements and {replies} replies in two minutes");
    }

    /// <summary>1/s per chat, 20/min per group: message k can go at 60·⌊k/20⌋ + k mod 20 s.</summary>
    private static TimeSpan Ceiling(int count) =>
        (TimeSpan.FromMinutes(1) * ((count - 1) / 20)) + (TimeSpan.FromSeconds(1) * ((count - 1) % 20));

    private void Ask(long chat, long user, bool flood)
    {
        var text = flood || user % 2 == 0 ? "/latest" : "/help";
        var update = new Update
        {
            Id = ++updateId,
            Message = new Message
            {
                Id = updateId,
                Date = time.GetUtcNow().UtcDateTime,
                Chat = new Chat { Id = chat, Type = chat > 0 ? ChatType.Private : ChatType.Supergroup },
                From = new User { Id = user, FirstName = "Reader", LanguageCode = "en" },
                Text = text,
                Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Length }],
            },
        };
        asked.Add((processor.HandleAsync(update, CancellationToken.None), chat, time.GetUtcNow(), flood));
    }

    /// <summary>Sends the posts one after another, as the channel's delivery loop does; notes when each was confirmed.</summary>
    private async Task FanOutAsync(long chat)
    {
        for (var i = 0; i < Posts; i++)
        {
            var post = TelegramTestPosts.Make(title: $"Post {i}", link: $"https://blog.example/posts/{i}/", id: $"p{i}");
            var result = await sender.SendAsync(TelegramTestClients.Announcement(chat.ToString(CultureInfo.InvariantCulture), post), CancellationToken.None);
            Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
            announcementTimes.Add(time.GetUtcNow());
        }
    }

    /// <summary>Waits until everything started is done or waiting in the throttle, notes the answers, moves the clock.</summary>
    private async Task StepAsync(Task fanOut)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (throttle.Waiting != (fanOut.IsCompleted ? 0 : 1) + asked.Count(a => !a.Task.IsCompleted) || throttle.InFlight > 0)
        {
            await Task.Delay(1, timeout.Token); // real HTTP to the fake is under way
        }

        foreach (var (task, _, _, _) in asked.Where(a => a.Task.IsCompleted && !answered.ContainsKey(a.Task)))
        {
            answered[task] = time.GetUtcNow();
        }

        time.Advance(Step);
    }
}

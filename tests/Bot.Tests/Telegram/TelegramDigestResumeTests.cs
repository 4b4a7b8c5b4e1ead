using System.Globalization;
using Bot.Core.Channels;
using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>A digest over several Telegram messages whose second message gets a 429: the retry sends only the rest.</summary>
public sealed class TelegramDigestResumeTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private Task<TimeSpan>? nextTimer;

    [Fact]
    public async Task SendAsync_SecondPartTooManyRequests_RetryResumesAndEveryPartArrivesOnce()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var throttleClock = new TimerSignalingTimeProvider(time);
        var sender = new TelegramChannelSender(
            clients, new TelegramSendThrottle(throttleClock), Microsoft.Extensions.Options.Options.Create(options),
            NullLogger<TelegramChannelSender>.Instance);
        var request = ThreePartDigest();
        fake.FailAt("sendMessage", 2, FakeTelegramError.TooManyRequests(1));

        var failed = await DriveAsync(throttleClock, sender.SendAsync(request, CancellationToken.None));
        var firstId = fake.Read(f => f.Sent.Single().MessageId.ToString(CultureInfo.InvariantCulture));
        var resumed = await DriveAsync(throttleClock, sender.SendAsync(
            request with { PartsAlreadySent = failed.PartsSent, MessageIdsSoFar = failed.MessageId }, CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Transient, failed.Outcome);
        Assert.Equal(1, failed.PartsSent);
        Assert.Equal(firstId, failed.MessageId);
        Assert.Equal(DeliveryOutcome.Sent, resumed.Outcome);
        Assert.Equal(2, resumed.PartsSent);
        var sent = fake.Read(f => f.Sent.ToList());
        Assert.Equal(3, sent.Count);
        Assert.Equal(sent.Skip(1).Select(m => m.MessageId.ToString(CultureInfo.InvariantCulture)), resumed.MessageId!.Split(','));
        var titles = request.Digest!.Groups.SelectMany(g => g.Entries).Select(e => e.Title).ToList();
        var messageOfTitle = titles.Select(t => sent.FindIndex(m => m.PlainText.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.All(titles, t => Assert.Single(sent, m => m.PlainText.Contains(t, StringComparison.Ordinal)));
        Assert.Equal(messageOfTitle.Order(), messageOfTitle);
        Assert.Equal([0, 1, 2], messageOfTitle.Distinct());
    }

    [Fact]
    public async Task SendAsync_AllPartsAlreadyConfirmed_SendsNothing()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var request = ThreePartDigest() with { PartsAlreadySent = 3, MessageIdsSoFar = "1,2,3" };

        var result = await TelegramTestClients.Sender(clients, options, time).SendAsync(request, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(0, result.PartsSent);
        Assert.Empty(fake.Read(f => f.Sent.ToList()));
    }

    /// <summary>The smallest digest of long CJK entries that Telegram needs exactly three messages for.</summary>
    private static DeliveryRequest ThreePartDigest()
    {
        var channel = new ChannelOptions { Name = "tg", Platform = ChannelPlatform.Telegram, ChatId = "1234" };
        for (var count = 2; count < 60; count++)
        {
            var posts = Enumerable.Range(0, count).Select(i => new Post
            {
                Id = $"p{i}",
                Source = $"source/_posts/p{i}.md",
                Title = $"第{i}篇：深度学习笔记",
                Date = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(8)).AddHours(-i),
                Categories = ["机器学习"],
                Link = $"https://blog.example/2026/p{i}/",
                Summary = string.Concat(Enumerable.Repeat($"长摘要{i}，包含中文标点与 emoji 🚀。", 80)),
                ContentHash = "h",
            }).ToList();
            var digest = DigestComposer.Compose(posts, ReplyLanguage.Chinese, new DigestOptions { SummaryLength = 1000 });
            if (TelegramDigestRenderer.Render(digest).Count == 3)
            {
                return new DeliveryRequest(5, "d5-tg", channel, DeliveryKind.Digest, posts) { Digest = digest };
            }
        }

        throw new InvalidOperationException("no post count renders as exactly three Telegram messages");
    }

    /// <summary>Moves the clock on whenever the throttle waits (one message per second, the 429's retry_after) until the send ends.</summary>
    private async Task<DeliveryResult> DriveAsync(TimerSignalingTimeProvider throttleClock, Task<DeliveryResult> send)
    {
        while (true)
        {
            nextTimer ??= throttleClock.NextTimerAsync(TimeSpan.FromMinutes(5));
            var done = await Task.WhenAny(send, nextTimer).WaitAsync(TimeSpan.FromSeconds(10));
            if (done == send)
            {
                return await send;
            }

            var due = await nextTimer;
            nextTimer = null;
            if (due > TimeSpan.Zero && due != Timeout.InfiniteTimeSpan)
            {
                time.Advance(due);
            }
        }
    }
}

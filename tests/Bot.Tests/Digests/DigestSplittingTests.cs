using Bot.Core.Channels;
using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Telegram;
using Bot.Tests.Discord;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Support;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

/// <summary>Long digests with long CJK summaries, sent through the real senders to the platform fakes, which enforce the limits.</summary>
public sealed class DigestSplittingTests
{
    private static readonly string[] Categories = ["机器学习", "自然语言处理", "Rust 编程"];

    public static TheoryData<int, int> Sizes() => new() { { 3, 200 }, { 40, 600 }, { 90, 1000 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Telegram_LongCjkDigest_SplitsBetweenEntriesUnder4096(int postCount, int summaryLength)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var request = Request(postCount, summaryLength, new ChannelOptions { Name = "tg", Platform = ChannelPlatform.Telegram, ChatId = "1234" });
        var expected = TelegramDigestRenderer.Render(request.Digest!).Count;

        // the throttle counts a send from its answer: move the clock only once the next message waits for its window
        var throttleClock = new TimerSignalingTimeProvider(time);
        var sender = new TelegramChannelSender(
            clients, new TelegramSendThrottle(throttleClock), Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TelegramChannelSender>.Instance);
        var send = sender.SendAsync(request, CancellationToken.None);
        for (var sent = 1; sent < expected; sent++)
        {
            // one message per second per chat: each message lets the clock move on to the next send
            Assert.Equal(TelegramSendThrottle.ChatWindow, await throttleClock.NextTimerAsync(TimeSpan.FromSeconds(10)));
            time.Advance(TelegramSendThrottle.ChatWindow);
        }

        var result = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var texts = fake.Read(f => f.Sent.Select(m => m.PlainText).ToList());
        Assert.Equal(expected, texts.Count);
        Assert.Equal(expected, result.MessageId!.Split(',').Length);
        Assert.True(postCount < 10 || texts.Count > 1, "a long digest takes several messages");
        Assert.All(texts, t => Assert.InRange(t.Length, 1, 4096));
        Assert.All(texts, t => Assert.StartsWith("最新更新", t, StringComparison.Ordinal));
        foreach (var entry in request.Digest!.Groups.SelectMany(g => g.Entries))
        {
            // the whole entry, title and summary, is in exactly one message
            Assert.Single(texts, t => t.Contains(entry.Title + "\n" + entry.Summary, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Discord_LongCjkDigest_OneEmbedPerGroupWithinMessageLimits(int postCount, int summaryLength)
    {
        await using var harness = await DiscordSenderHarness.StartAsync();
        var request = Request(postCount, summaryLength, DiscordSenderHarness.BotChannel()) with { IdempotencyKey = "d77-0123abcd" };

        var result = await harness.Sender.SendAsync(request, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var messages = harness.Server.Store.Messages;
        Assert.Equal(["d77-0123abcd", .. Enumerable.Range(1, messages.Count - 1).Select(i => $"d77-0123abcd.{i}")], messages.Select(m => m.Nonce));
        Assert.All(messages, m => Assert.InRange(m.Embeds.Count, 1, 10));
        var embeds = messages.SelectMany(m => m.Embeds).Select(e => e!.AsObject()).ToList();
        Assert.Equal(Categories.Order(StringComparer.Ordinal), embeds.Select(e => e["title"]!.GetValue<string>().Split(" · ")[0]).Distinct().Order(StringComparer.Ordinal));
        var descriptions = string.Join("\n", embeds.Select(e => e["description"]!.GetValue<string>()));
        Assert.All(request.Posts, p => Assert.Contains(p.Link, descriptions, StringComparison.Ordinal));
    }

    [Fact]
    public void DiscordRenderer_TwelveCategories_TenEmbedsThenTwo()
    {
        var posts = Enumerable.Range(0, 12).Select(i => DiscordTestPosts.Make(i, categories: [$"分类{i}"])).ToList();

        var messages = DiscordDigestRenderer.Messages(DigestComposer.Compose(posts, ReplyLanguage.English, new DigestOptions()));

        Assert.Equal([10, 2], messages.Select(m => m.Count));
        Assert.Equal("Latest updates", messages[0][0].Author!.Name);
    }

    private static DeliveryRequest Request(int postCount, int summaryLength, ChannelOptions channel)
    {
        var start = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(8));
        var posts = Enumerable.Range(0, postCount).Select(i => new Post
        {
            Id = $"p{i}",
            Source = $"source/_posts/p{i}.md",
            Title = $"第{i}篇：深度学习笔记",
            Date = start.AddHours(-i),
            Categories = [Categories[i % Categories.Length]],
            Link = $"https://blog.example/2026/p{i}/",
            Summary = string.Concat(Enumerable.Repeat($"长摘要{i}，包含中文标点与 emoji 🚀。", 80)),
            ContentHash = "h",
        }).ToList();
        var digest = DigestComposer.Compose(posts, ReplyLanguage.Chinese, new DigestOptions { SummaryLength = summaryLength });
        return new DeliveryRequest(77, "d77-0123abcd", channel, DeliveryKind.Digest, posts) { Digest = digest };
    }
}

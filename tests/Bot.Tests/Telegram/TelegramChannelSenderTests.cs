using System.Text.Json.Nodes;
using Bot.Channels;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Tests.Telegram;

public sealed class TelegramChannelSenderTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Theory]
    [MemberData(nameof(TelegramAnnouncementRendererTests.HostileTitles), MemberType = typeof(TelegramAnnouncementRendererTests))]
    public async Task SendAsync_HostileAnnouncement_AcceptedAndReadsRight(string title)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var post = TelegramTestPosts.Make(title: title, summary: string.Concat(Enumerable.Repeat(title + " ", 400)), categories: ["NLP", "深度学习", "C++"]);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("-1001234", post), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var sent = Assert.Single(fake.Sent);
        Assert.Equal(sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), result.MessageId);
        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.StartsWith(title + "\n#NLP #深度学习 #Cpp · 2026-11-20\n\n" + title, sent.PlainText, StringComparison.Ordinal);
        Assert.EndsWith(post.Link, sent.PlainText, StringComparison.Ordinal);
        Assert.InRange(sent.PlainText.Length, 1, 4096);
    }

    [Theory]
    [InlineData(TelegramLinkPreview.On, false, false)]
    [InlineData(TelegramLinkPreview.Above, false, true)]
    [InlineData(TelegramLinkPreview.Off, true, false)]
    public async Task SendAsync_LinkPreviewSetting_SentAsLinkPreviewOptions(TelegramLinkPreview mode, bool disabled, bool above)
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl, o => o.LinkPreview = mode);
        using var clients = TelegramTestClients.Provider(options);
        var post = TelegramTestPosts.Make();

        await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("@blogchannel", post), CancellationToken.None).WaitAsync(Wait);

        var preview = Assert.Single(fake.Sent).LinkPreviewOptions!;
        Assert.Equal(disabled, preview["is_disabled"]?.GetValue<bool>() ?? false);
        Assert.Equal(above, preview["show_above_text"]?.GetValue<bool>() ?? false);
        Assert.Equal(disabled ? null : post.Link, preview["url"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_SilentForumChannel_SendsWithoutNotificationIntoTopic()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);

        await TelegramTestClients.Sender(clients, options).SendAsync(
            TelegramTestClients.Announcement("-1009", TelegramTestPosts.Make(), c => { c.Silent = true; c.ThreadId = 77; }), CancellationToken.None).WaitAsync(Wait);

        var sent = Assert.Single(fake.Sent);
        Assert.True(sent.DisableNotification);
        Assert.Equal(77, sent.ThreadId);
        Assert.Equal(-1009, sent.ChatId);
    }

    [Fact]
    public async Task SendAsync_TooManyRequests_TransientWithRetryAfterAndNoSecondTry()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        fake.FailNext("sendMessage", 1, FakeTelegramError.TooManyRequests(7));

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", result.Error);
        Assert.Single(fake.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task SendAsync_GroupUpgradedToSupergroup_ResendsThereAndStoresNewTargetForLaterSends()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        fake.MigrateChat(-4242, -1004242);
        var targets = new ChannelTargetStore();
        var sender = TelegramTestClients.Sender(clients, options, targets: targets);

        var result = await sender.SendAsync(TelegramTestClients.Announcement("-4242", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);
        var later = await sender.SendAsync(TelegramTestClients.Announcement("-4242", TelegramTestPosts.Make(title: "Two")), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal((DeliveryOutcome.Sent, DeliveryOutcome.Sent), (result.Outcome, later.Outcome));
        Assert.Equal("-1004242", await targets.FindAsync("tg-test", CancellationToken.None));
        Assert.Equal([-1004242L, -1004242L], fake.Sent.Select(m => m.ChatId));
        Assert.Single(fake.Calls, c => c.Method == "sendMessage" && c.Parameters["chat_id"]?.ToString() == "-4242");
    }

    public static TheoryData<string, FakeTelegramError, DeliveryOutcome, string> Failures() => new()
    {
        { "kicked", FakeTelegramError.Kicked(), DeliveryOutcome.Permanent, "Forbidden: bot was kicked from the channel chat" },
        { "blocked", new FakeTelegramError(403, "Forbidden: bot was blocked by the user"), DeliveryOutcome.Permanent, "Forbidden: bot was blocked by the user" },
        { "not found", FakeTelegramError.ChatNotFound, DeliveryOutcome.Permanent, "Bad Request: chat not found" },
        { "rights", FakeTelegramError.NeedRights, DeliveryOutcome.Permanent, "Bad Request: need administrator rights in the channel chat" },
        { "token", FakeTelegramError.Unauthorized, DeliveryOutcome.Permanent, "invalid token: Telegram answered 'Unauthorized'" },
        { "5xx", FakeTelegramError.ServerError, DeliveryOutcome.Transient, "Bad Gateway" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task SendAsync_TelegramRefuses_MapsToOutcomeWithTelegramsWords(string name, FakeTelegramError error, DeliveryOutcome outcome, string words)
    {
        Assert.NotEmpty(name);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        fake.FailNext("sendMessage", 1, error);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(words, result.Error);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task SendAsync_TelegramRefuses_LeavesTheOneLogLineToTheDeliveryWorker(string name, FakeTelegramError error, DeliveryOutcome outcome, string words)
    {
        Assert.NotEmpty(name);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs.Provider()));
        fake.FailNext("sendMessage", 1, error);

        var result = await TelegramTestClients.Sender(clients, options, logs: factory)
            .SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(outcome, result.Outcome);
        Assert.DoesNotContain(logs.Collector.GetSnapshot(), r => r.Message.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_BotKickedFromChat_Permanent()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        fake.KickBot(-1005);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("-1005", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryResult.Permanent("Forbidden: bot was kicked from the group chat"), result);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_TransientAfterSendTimeout()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        fake.HangNext("sendMessage", 1);

        var sending = TelegramTestClients.Sender(clients, options, time).SendAsync(
            TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), PublishingOptions.DefaultSendTimeout, time, null, CancellationToken.None);
        await fake.WaitForAsync(f => f.Calls.Count == 1, Wait);
        time.Advance(PublishingOptions.DefaultSendTimeout);
        var result = await sending.WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Contains("no answer within 30 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoServerListening_TransientWithoutToken()
    {
        var options = TelegramTestClients.Options("http://127.0.0.1:1");
        using var clients = TelegramTestClients.Provider(options);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.DoesNotContain("SECRET", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Telegram:Token is not set")]
    [InlineData("not a chat", "is not a numeric chat id or @username")]
    public async Task SendAsync_NoTokenOrBadTarget_PermanentNamingTheProblem(string? chatId, string words)
    {
        var options = new TelegramOptions { Token = chatId is null ? null : TelegramTestClients.Token };
        using var clients = TelegramTestClients.Provider(options);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(TelegramTestClients.Announcement(chatId ?? "-1", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Contains(words, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SecondMessageToSameChat_WaitsForRateLimitBeforeSending()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var sender = TelegramTestClients.Sender(clients, options, time);
        await sender.SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make()), CancellationToken.None).WaitAsync(Wait);

        var second = sender.SendAsync(TelegramTestClients.Announcement("-1001", TelegramTestPosts.Make(title: "Two")), CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.Single(fake.Calls);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await second.WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(2, fake.Sent.Count);
        Assert.All(fake.Calls, c => Assert.Null(c.Error));
    }

    [Fact]
    public async Task FakeBotApi_TwoQuickSendsToOneChat_AnswersTooManyRequests()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token, time);
        using var clients = TelegramTestClients.Provider(TelegramTestClients.Options(fake.BaseUrl));
        await clients.Client!.SendMessage(-1001, "one");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => clients.Client!.SendMessage(-1001, "two"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_Digest_SendsEveryPartAndJoinsMessageIds()
    {
        await using var fake = await FakeBotApi.StartAsync(TelegramTestClients.Token);
        var options = TelegramTestClients.Options(fake.BaseUrl);
        using var clients = TelegramTestClients.Provider(options);
        var posts = Enumerable.Range(0, 3).Select(i => TelegramTestPosts.Make(title: $"P{i}", link: $"https://blog.example/{i}")).ToList();
        var request = new DeliveryRequest(9, "k", new ChannelOptions { Name = "d", Platform = ChannelPlatform.Telegram, ChatId = "1234" }, DeliveryKind.Digest, posts);

        var result = await TelegramTestClients.Sender(clients, options).SendAsync(request, CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        var sent = Assert.Single(fake.Sent);
        Assert.Equal(sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), result.MessageId);
        Assert.Contains("P0", sent.PlainText, StringComparison.Ordinal);
        Assert.Contains("P2", sent.PlainText, StringComparison.Ordinal);
        Assert.True(sent.LinkPreviewOptions is JsonObject preview && preview["is_disabled"]!.GetValue<bool>());
    }
}

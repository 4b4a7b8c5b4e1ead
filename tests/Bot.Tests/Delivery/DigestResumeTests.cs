using System.Globalization;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Telegram;
using Bot.Tests.Discord;
using Bot.Tests.Fakes.Telegram;
using Bot.Tests.Support;
using Bot.Tests.Telegram;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Delivery;

/// <summary>
/// A three-message digest whose second message fails: the worker records the confirmed first message with the retry
/// and the retry, or the restarted bot, sends only the rest. Real SQLite, real clients, the platform fakes.
/// </summary>
public sealed class DigestResumeTests
{
    [Fact]
    public async Task Deliver_TelegramSecondPartTooManyRequests_ThreeMessagesInOrderAfterRetry()
    {
        await using var run = await TelegramDigestRun.WriteAsync();
        var (harness, telegram, posts) = (run.Harness, run.Telegram, run.Posts);
        telegram.Fake.FailAt("sendMessage", 2, FakeTelegramError.TooManyRequests(1));

        await harness.StartAsync();
        var failed = await telegram.DriveAsync(harness.NextAttemptAsync());
        var progress = harness.Progress();
        harness.Time.SetUtcNow(failed.NextAttempt!.Value);
        var sent = await telegram.DriveAsync(harness.NextAttemptAsync());

        Assert.Equal(DeliveryOutcome.Transient, failed.Outcome);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        var messages = telegram.Fake.Read(f => f.Sent.ToList());
        Assert.Equal((1, messages[0].MessageId.ToString(CultureInfo.InvariantCulture)), progress);
        AssertTelegramDigestInOrder(messages, posts.Count, harness.Rows);
    }

    [Fact]
    public async Task Deliver_TelegramRestartAfterFirstPartRecorded_SendsOnlyRemainingParts()
    {
        await using var run = await TelegramDigestRun.WriteAsync();
        var (harness, telegram, posts) = (run.Harness, run.Telegram, run.Posts);
        telegram.Fake.FailAt("sendMessage", 2, FakeTelegramError.TooManyRequests(1));
        await harness.StartAsync();
        var failed = await telegram.DriveAsync(harness.NextAttemptAsync());
        await harness.StopAsync();
        Assert.Equal(1, harness.Progress().PartsSent);

        harness.Time.SetUtcNow(failed.NextAttempt!.Value);
        var sent = await telegram.DriveAsync(await harness.RestartAsync(telegram.NewSender()));

        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        var calls = telegram.Fake.Read(f => f.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(4, calls); // part 1, the refused part 2, then parts 2 and 3 once each
        AssertTelegramDigestInOrder(telegram.Fake.Read(f => f.Sent.ToList()), posts.Count, harness.Rows);
    }

    [Fact]
    public async Task Deliver_TelegramStoppedWhileSecondPartInFlight_RestartSendsOnlyRemainingParts()
    {
        await using var run = await TelegramDigestRun.WriteAsync();
        var (harness, telegram, posts) = (run.Harness, run.Telegram, run.Posts);
        telegram.Fake.HangAt("sendMessage", 2);
        await harness.StartAsync();
        await telegram.DriveUntilAsync(telegram.Fake.WaitForAsync(f => f.Calls.Count(c => c.Method == "sendMessage") == 2));

        await harness.StopAsync(); // the bot shuts down with part 2 unanswered
        var stopped = await harness.NextAttemptAsync();
        var progress = harness.Progress();
        harness.Time.SetUtcNow(stopped.NextAttempt!.Value);
        var sent = await telegram.DriveAsync(await harness.RestartAsync(telegram.NewSender()));

        Assert.Equal(DeliveryOutcome.Transient, stopped.Outcome);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        var messages = telegram.Fake.Read(f => f.Sent.ToList());
        Assert.Equal((1, messages[0].MessageId.ToString(CultureInfo.InvariantCulture)), progress);
        AssertTelegramDigestInOrder(messages, posts.Count, harness.Rows);
    }

    [Fact]
    public async Task Deliver_TelegramSecondPartInFlight_FirstPartAlreadyRecordedForACrash()
    {
        await using var run = await TelegramDigestRun.WriteAsync();
        var (harness, telegram, posts) = (run.Harness, run.Telegram, run.Posts);
        telegram.Fake.HangAt("sendMessage", 2);
        await harness.StartAsync();

        await telegram.DriveUntilAsync(telegram.Fake.WaitForAsync(f => f.Calls.Count(c => c.Method == "sendMessage") == 2));

        // What a SIGKILL at this moment would leave behind: part 1 is recorded, so a restart resumes after it.
        var first = telegram.Fake.Read(f => f.Sent[0].MessageId);
        Assert.Equal((1, first.ToString(CultureInfo.InvariantCulture)), harness.Progress());
        await harness.StopAsync();
    }

    [Fact]
    public async Task Deliver_DiscordSecondPartServerError_OnlyRemainingPartsCreatedAfterRetry()
    {
        await using var discord = await DiscordSenderHarness.StartAsync();
        var posts = DigestResumeHarness.Posts(ThreePartCount(p => DiscordDigestRenderer.Messages(p).Count, categoryEach: true), categoryEach: true);
        var channel = DigestResumeHarness.DigestChannel(DiscordSenderHarness.BotChannel());
        await using var harness = new DigestResumeHarness(channel, discord.NewSender(discord.Server.Token, maxRetries: 0).Sender);
        await harness.WriteDigestAsync(posts);
        discord.Server.FailRequestsAfter(passing: 1, count: 1, status: 502);

        await harness.StartAsync();
        var failed = await harness.NextAttemptAsync();
        var progress = harness.Progress();
        harness.Time.SetUtcNow(failed.NextAttempt!.Value);
        var sent = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Transient, failed.Outcome);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        var messages = discord.Server.Store.Messages;
        Assert.Equal(3, messages.Count);
        Assert.Equal((1, messages[0].Id), progress);
        var created = discord.Server.Store.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal) && r.Status == 200);
        Assert.Equal(3, created); // without resuming, the retry would post part 1 again (the nonce would only hide it)
        var key = messages[0].Nonce!;
        Assert.Equal([key, key + ".1", key + ".2"], messages.Select(m => m.Nonce));
        var row = Assert.Single(harness.Rows);
        Assert.Equal("sent", row.Status);
        Assert.Equal(string.Join(',', messages.Select(m => m.Id)), row.MessageId);
    }

    /// <summary>The smallest post count whose digest the platform renders as exactly three messages.</summary>
    private static int ThreePartCount(Func<Bot.Core.Digests.Digest, int> messages, bool categoryEach) =>
        Enumerable.Range(2, 80).First(n => messages(DigestResumeHarness.Compose(DigestResumeHarness.Posts(n, categoryEach))) == 3);

    private static void AssertTelegramDigestInOrder(List<FakeSentMessage> messages, int postCount, IReadOnlyList<TestSupport.OutboxRow> rows)
    {
        Assert.Equal(3, messages.Count);
        var messageOfPost = Enumerable.Range(0, postCount)
            .Select(i => messages.FindIndex(m => m.PlainText.Contains($"第{i}篇", StringComparison.Ordinal)))
            .ToList();
        Assert.All(messageOfPost, index => Assert.InRange(index, 0, 2));
        Assert.Equal(messageOfPost.Order(), messageOfPost);
        Assert.Equal([0, 1, 2], messageOfPost.Distinct());
        var row = Assert.Single(rows);
        Assert.Equal("sent", row.Status);
        Assert.Equal(string.Join(',', messages.Select(m => m.MessageId.ToString(CultureInfo.InvariantCulture))), row.MessageId);
    }
}

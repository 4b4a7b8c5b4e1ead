using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Telegram.Bot;

namespace Bot.Tests.Telegram;

public sealed class TelegramPollingTests
{
    private static readonly TimeSpan Wait = TelegramListenerHarness.Wait;

    [Fact]
    public async Task Polling_SecondInstanceTakesOver_LogsConflictAndRetriesSlowly()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(TelegramTestPosts.Index(3));
        await harness.Fake.WaitForAsync(f => f.LongPollsStarted == 1, Wait);
        using var secondInstance = TelegramTestClients.Provider(harness.Options);

        var stolen = await secondInstance.Client!.GetUpdates(timeout: 1).WaitAsync(Wait);
        await harness.Logs.WaitForAsync("another bot instance or a webhook", Wait);

        Assert.Empty(stolen);
        var polls = harness.Fake.Read(f => f.Calls.Where(c => c.Method == "getUpdates").Select(c => c.Error?.Code).ToList());
        Assert.Equal([409, null], polls);
        Assert.Equal(2, harness.Fake.Read(f => f.LongPollsStarted));
        harness.Time.Advance(TelegramPollingHandler.ConflictDelay);
        await harness.Fake.WaitForAsync(f => f.LongPollsStarted == 3, Wait);
        var reply = await harness.AskAsync(1, "/help");
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
    }

    [Fact]
    public async Task Polling_ServerErrors_BacksOffThroughTimeProviderThenAnswers()
    {
        await using var harness = await TelegramListenerHarness.StartAsync(TelegramTestPosts.Index(3));
        await harness.Fake.WaitForAsync(f => f.LongPollsStarted == 1, Wait);
        harness.Fake.FailNext("getUpdates", 1, FakeTelegramError.ServerError);

        // An update ends the listener's long poll, so its next getUpdates meets the injected failure.
        harness.Fake.EnqueueMessage(2, "hello");
        await harness.Logs.WaitForAsync("Telegram polling failed", Wait);

        Assert.Contains("Bad Gateway", harness.Logs.AllText(), StringComparison.Ordinal);
        harness.Time.Advance(TelegramPollingHandler.FirstErrorDelay);
        var reply = await harness.AskAsync(2, "/help");
        Assert.NotEmpty(reply.PlainText);
    }
}

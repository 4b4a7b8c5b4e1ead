using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Tests.TestSupport;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

public sealed class DeliveryWorkerTests
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);

    [Fact]
    public async Task Worker_NewPost_SentOnceAndMarkedSentWithMessageId()
    {
        var sender = new ScriptedSender(ChannelPlatform.Console);
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.StartWorkerAsync();

        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        var attempt = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Sent, attempt.Outcome);
        var row = Assert.Single(harness.Rows);
        Assert.Equal(("b", "sent", $"m{row.Id}"), (row.PostId, row.Status, row.MessageId));
        var request = Assert.Single(sender.Requests);
        Assert.Equal("b", Assert.Single(request.Posts).Id);
        Assert.StartsWith($"d{row.Id}-", request.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_SenderFailsFirstTwoSends_RetriesWithGrowingBackoffThenSends()
    {
        var sender = new ScriptedSender(ChannelPlatform.Console, (r, attempt, ct) =>
            Task.FromResult(attempt <= 2 ? DeliveryResult.Transient("502 Bad Gateway") : DeliveryResult.Sent("ok")));
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();

        var first = await harness.NextAttemptAsync();
        Assert.Equal(harness.Time.GetUtcNow() + harness.Options.RetryBaseDelay, first.NextAttempt);
        harness.Time.Advance(harness.Options.RetryBaseDelay);
        var second = await harness.NextAttemptAsync();
        Assert.Equal(harness.Time.GetUtcNow() + (2 * harness.Options.RetryBaseDelay), second.NextAttempt);
        harness.Time.Advance(2 * harness.Options.RetryBaseDelay);
        var third = await harness.NextAttemptAsync();

        Assert.Equal([DeliveryOutcome.Transient, DeliveryOutcome.Transient, DeliveryOutcome.Sent], [first.Outcome, second.Outcome, third.Outcome]);
        var row = Assert.Single(harness.Rows);
        Assert.Equal(("sent", 2), (row.Status, row.Attempts));
        Assert.Equal(3, sender.Requests.Count);
        Assert.Single(sender.Requests.Select(r => r.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task Worker_TransientWithRetryAfter_WaitsAtLeastWhatThePlatformAsked()
    {
        var retryAfter = TimeSpan.FromSeconds(37);
        var sender = new ScriptedSender(ChannelPlatform.Console, (r, attempt, ct) =>
            Task.FromResult(attempt == 1 ? DeliveryResult.Transient("Too Many Requests: retry after 37", retryAfter) : DeliveryResult.Sent("ok")));
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();

        var first = await harness.NextAttemptAsync();
        Assert.Equal(harness.Time.GetUtcNow() + retryAfter, first.NextAttempt);
        harness.Time.Advance(retryAfter - TimeSpan.FromSeconds(1));
        Assert.Single(sender.Requests);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Sent, second.Outcome);
        Assert.Equal("Too Many Requests: retry after 37", first.Error);
    }

    [Fact]
    public async Task Worker_SenderHangs_AbandonedAfterSendTimeoutAndRetried()
    {
        var sender = new ScriptedSender(ChannelPlatform.Console, async (r, attempt, ct) =>
        {
            if (attempt == 1)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return DeliveryResult.Sent("ok");
        });
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();
        await sender.NextArrivalAsync();

        harness.Time.Advance(harness.Options.SendTimeout);
        var timedOut = await harness.NextAttemptAsync();
        harness.Time.Advance(harness.Options.RetryBaseDelay);
        var retried = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Transient, timedOut.Outcome);
        Assert.Contains("no answer within 30 s", timedOut.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Sent, retried.Outcome);
    }

    [Fact]
    public async Task Worker_StoppedDuringHangingSend_LeavesRowPendingAndNotSent()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new ScriptedSender(ChannelPlatform.Console, async (r, attempt, ct) =>
        {
            using var registration = ct.Register(cancelled.SetResult);
            await Task.Delay(Timeout.Infinite, ct);
            return DeliveryResult.Sent("never");
        });
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();
        await sender.NextArrivalAsync();

        await harness.Worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var row = Assert.Single(harness.Rows);
        Assert.Equal(("pending", 0, null), (row.Status, row.Attempts, row.MessageId));
    }

    [Fact]
    public async Task Worker_OneChannelRejectedForGood_OthersDeliverEverythingAndRejectionIsRecorded()
    {
        var good = new ScriptedSender(ChannelPlatform.Console);
        var bad = new ScriptedSender(ChannelPlatform.Telegram, (r, attempt, ct) =>
            Task.FromResult(DeliveryResult.Permanent("Forbidden: bot was kicked from the channel chat")));
        await using var harness = new DeliveryHarness(
            new TestChannelCatalog(Channel("good"), Channel("bad", ChannelPlatform.Telegram)), null, good, bad);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.StartWorkerAsync();

        await harness.ScanAsync(Make("a", Earlier), Make("b", Start), Make("c", Start.AddMinutes(-1)), Make("d", Start.AddMinutes(-2)));
        await harness.AttemptsAsync(6);

        Assert.Equal(["d", "c", "b"], good.Requests.Select(r => r.Posts[0].Id));
        Assert.Equal(3, bad.Requests.Count);
        Assert.All(harness.Rows.Where(r => r.Channel == "good"), r => Assert.Equal("sent", r.Status));
        Assert.All(harness.Rows.Where(r => r.Channel == "bad"), r =>
        {
            Assert.Equal("failed", r.Status);
            Assert.Equal("Forbidden: bot was kicked from the channel chat", r.LastError);
        });
        var status = await harness.Database.Store.LoadChannelStatusAsync(CancellationToken.None);
        Assert.Contains(status, s => s is { Channel: "bad", Failed: 3, Sent: 0 });
    }

    [Fact]
    public async Task Worker_PostRemovedBeforeDelivery_RowFailsWithReasonAndNothingIsSent()
    {
        var sender = new ScriptedSender(ChannelPlatform.Console);
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        harness.Holder.Replace(Bot.Core.Posts.PostIndex.Build([Make("a", Earlier)], Start));
        await harness.StartWorkerAsync();

        var attempt = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Permanent, attempt.Outcome);
        Assert.Empty(sender.Requests);
        Assert.Contains("no longer in the repository", Assert.Single(harness.Rows).LastError, StringComparison.Ordinal);
    }
}

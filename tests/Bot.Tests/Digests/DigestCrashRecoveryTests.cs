using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Digests;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Digests;

public sealed class DigestCrashRecoveryTests
{
    private static readonly DateTimeOffset FirstTick = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Restart_DigestWrittenButNotSent_SentExactlyOnce()
    {
        await using var harness = new DigestHarness(DigestHarness.DigestChannel("daily"));
        await harness.BaselineAsync();
        await harness.PublishAsync("p1", "p2");
        harness.Time.SetUtcNow(FirstTick);
        await harness.Scheduler.RunDueAsync(CancellationToken.None); // the digest row is committed; the process dies before any send

        var first = await RestartAndDeliverAsync(harness, expectSend: true);
        var second = await RestartAndDeliverAsync(harness, expectSend: false);

        var request = Assert.Single(first);
        Assert.Equal(DeliveryKind.Digest, request.Kind);
        Assert.Equal(["p1", "p2"], request.Posts.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Empty(second);
        var row = Assert.Single(harness.Rows);
        Assert.Equal("sent", row.Status);
    }

    /// <summary>
    /// A fresh store, scheduler and worker over the same file at the same moment, as after a restart. The scheduler's
    /// pass must not write the digest again; the worker sends whatever is pending.
    /// </summary>
    private static async Task<List<DeliveryRequest>> RestartAndDeliverAsync(DigestHarness harness, bool expectSend)
    {
        var store = harness.Delivery.Database.Reopen(harness.Time);
        var holder = new PostIndexHolder();
        holder.Replace(harness.Delivery.Holder.Current);
        var signal = new WakeSignal();
        var sender = new ScriptedSender(ChannelPlatform.Console);
        var options = new FixedOptionsMonitor<PublishingOptions>(harness.Delivery.Options);
        using var scheduler = new DigestScheduler(
            harness.Catalog, new SqliteDigestStore(harness.Delivery.Database.Database), store, signal, harness.Time, NullLogger<DigestScheduler>.Instance);
        using var worker = new DeliveryWorker(store, signal, holder, harness.Catalog, [sender], harness.Time, options, NullLogger<DeliveryWorker>.Instance);
        var attempted = new TaskCompletionSource<DeliveryAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Attempted += a => attempted.TrySetResult(a);

        await scheduler.RunDueAsync(CancellationToken.None);
        await worker.StartAsync(CancellationToken.None);
        if (expectSend)
        {
            Assert.Equal(DeliveryOutcome.Sent, (await attempted.Task.WaitAsync(TimeSpan.FromSeconds(10))).Outcome);
        }

        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await store.NextPendingAsync("daily", CancellationToken.None));
        return [.. sender.Requests];
    }
}

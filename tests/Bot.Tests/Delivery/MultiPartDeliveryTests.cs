using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Tests.TestSupport;
using static Bot.Tests.TestSupport.TestChannelCatalog;
using static Bot.Tests.TestSupport.TestPosts;

namespace Bot.Tests.Delivery;

/// <summary>The delivery loop, not the sender, skips confirmed parts, records progress and times out one part.</summary>
public sealed class MultiPartDeliveryTests
{
    private static readonly DateTimeOffset Earlier = Start.AddDays(-10);

    [Fact]
    public async Task Worker_SecondPartFailsOnce_RetrySendsOnlyRemainingParts()
    {
        var sender = new ThreePartSender((part, attempt) => part == 1 && attempt == 1 ? Task.FromResult(DeliveryResult.Transient("502 Bad Gateway")) : null);
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();

        var failed = await harness.NextAttemptAsync();
        harness.Time.Advance(harness.Options.RetryBaseDelay);
        var sent = await harness.NextAttemptAsync();

        Assert.Equal((DeliveryOutcome.Transient, DeliveryOutcome.Sent), (failed.Outcome, sent.Outcome));
        Assert.Equal([0, 1, 1, 2], sender.Sends);
        var row = Assert.Single(harness.Rows);
        Assert.Equal(("sent", "p0,p1,p2"), (row.Status, row.MessageId));
    }

    [Fact]
    public async Task Worker_ThirdPartNeverAnswers_TimedOutAfterSendTimeoutAndResumesThere()
    {
        var hang = new TaskCompletionSource<DeliveryResult>();
        var sender = new ThreePartSender((part, attempt) => part == 2 && attempt == 1 ? hang.Task : null);
        await using var harness = new DeliveryHarness(new TestChannelCatalog(Channel("all")), null, sender);
        await harness.ScanAsync(Make("a", Earlier));
        await harness.ScanAsync(Make("a", Earlier), Make("b", Start));
        await harness.StartWorkerAsync();

        await sender.ThirdPartStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        harness.Time.Advance(harness.Options.SendTimeout);
        var timedOut = await harness.NextAttemptAsync();
        harness.Time.Advance(harness.Options.RetryBaseDelay);
        var sent = await harness.NextAttemptAsync();

        Assert.Equal(DeliveryOutcome.Transient, timedOut.Outcome);
        Assert.Contains("no answer within 30 s", timedOut.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        Assert.Equal([0, 1, 2, 2], sender.Sends);
        Assert.Equal("p0,p1,p2", Assert.Single(harness.Rows).MessageId);
    }

    /// <summary>Renders every delivery as three parts; the script may answer a part's n-th send (1-based) instead of "sent".</summary>
    private sealed class ThreePartSender(Func<int, int, Task<DeliveryResult>?> script) : IChannelSender
    {
        private readonly ConcurrentDictionary<int, int> sendsByPart = new();

        public ChannelPlatform Platform => ChannelPlatform.Console;

        public ConcurrentQueue<int> Sends { get; } = new();

        public TaskCompletionSource ThirdPartStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new PreparedDelivery([.. Enumerable.Range(0, 3).Select(part => (DeliveryPart)(token => SendAsync(part, token)))]));

        private async Task<DeliveryResult> SendAsync(int part, CancellationToken cancellationToken)
        {
            Sends.Enqueue(part);
            if (part == 2)
            {
                ThirdPartStarted.TrySetResult();
            }

            var attempt = sendsByPart.AddOrUpdate(part, 1, (_, n) => n + 1);
            return script(part, attempt) is { } answer
                ? await answer.WaitAsync(cancellationToken)
                : DeliveryResult.Sent($"p{part}");
        }
    }
}

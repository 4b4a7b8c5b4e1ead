using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.TestSupport;

/// <summary>The planner and the worker over a real SQLite file, a test catalog, fake senders and a fake clock.</summary>
public sealed class DeliveryHarness : IAsyncDisposable
{
    private bool workerStarted;

    public DeliveryHarness(TestChannelCatalog catalog, PublishingOptions? options = null, params IChannelSender[] senders)
    {
        Catalog = catalog;
        Options = options ?? new PublishingOptions { RetryJitter = 0 };
        Database = new TestDatabase(Time);
        var monitor = new FixedOptionsMonitor<PublishingOptions>(Options);
        Planner = new OutboxPlanner(Holder, catalog, Database.Store, Signal, Time, monitor, NullLogger<OutboxPlanner>.Instance);
        Worker = new DeliveryWorker(Database.Store, Signal, Holder, catalog, senders, Time, monitor, NullLogger<DeliveryWorker>.Instance);
        Worker.Attempted += a => Attempts.Writer.TryWrite(a);
    }

    public FakeTimeProvider Time { get; } = new(TestPosts.Start);

    public PostIndexHolder Holder { get; } = new();

    public WakeSignal Signal { get; } = new();

    public TestChannelCatalog Catalog { get; }

    public PublishingOptions Options { get; }

    public TestDatabase Database { get; }

    public OutboxPlanner Planner { get; }

    public DeliveryWorker Worker { get; }

    public Channel<DeliveryAttempt> Attempts { get; } = Channel.CreateUnbounded<DeliveryAttempt>();

    public IReadOnlyList<OutboxRow> Rows => OutboxRows.Read(Database.FilePath);

    /// <summary>Publishes an index built now and records its changes, as the watcher and planner would.</summary>
    public Task<int> ScanAsync(params Post[] posts)
    {
        Holder.Replace(PostIndex.Build(posts, Time.GetUtcNow()));
        return Planner.ProcessAsync(CancellationToken.None);
    }

    public async Task StartWorkerAsync()
    {
        workerStarted = true;
        await Worker.StartAsync(CancellationToken.None);
    }

    public async Task<DeliveryAttempt> NextAttemptAsync() =>
        await Attempts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async Task<List<DeliveryAttempt>> AttemptsAsync(int count)
    {
        var attempts = new List<DeliveryAttempt>();
        while (attempts.Count < count)
        {
            attempts.Add(await NextAttemptAsync());
        }

        return attempts;
    }

    public async ValueTask DisposeAsync()
    {
        if (workerStarted)
        {
            await Worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }

        Worker.Dispose();
        Planner.Dispose();
        Database.Dispose();
    }
}

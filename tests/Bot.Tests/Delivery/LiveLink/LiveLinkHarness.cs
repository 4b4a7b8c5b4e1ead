using System.Threading.Channels;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Delivery.LiveLink;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Delivery.LiveLink;

/// <summary>
/// The planner and the worker with the live-link gate wired as the host wires it, over a real SQLite file, a real
/// probe asking a <see cref="FakeBlogSite"/>, a scripted sender and a fake clock. <see cref="RestartAsync"/> stops the
/// worker and builds a new gate and worker over the same file, as a restart does.
/// </summary>
public sealed class LiveLinkHarness : IAsyncDisposable
{
    private readonly FixedOptionsMonitor<PublishingOptions> monitor;
    private readonly LiveLinkProbe probe = new(TimeSpan.FromSeconds(5));
    private OutboxPlanner planner;
    private DeliveryWorker worker;
    private bool started;

    public LiveLinkHarness(PublishingOptions options, params string[] channels)
    {
        Options = options;
        monitor = new FixedOptionsMonitor<PublishingOptions>(options);
        Catalog = new TestChannelCatalog([.. channels.Select(c => TestChannelCatalog.Channel(c))]);
        Database = new TestDatabase(Time);
        (planner, worker) = Build(Database.Store);
    }

    public FakeTimeProvider Time { get; } = new(TestPosts.Start);

    public PublishingOptions Options { get; }

    public TestChannelCatalog Catalog { get; }

    public TestDatabase Database { get; }

    public PostIndexHolder Holder { get; } = new();

    public WakeSignal Signal { get; } = new();

    public ScriptedSender Sender { get; } = new(ChannelPlatform.Console);

    public FakeLogCollector Logs { get; } = new();

    public LinkCheckStore Checks => new(Database.Database);

    public Channel<LinkChecked> Probes { get; } = Channel.CreateUnbounded<LinkChecked>();

    public Channel<DeliveryAttempt> Attempts { get; } = Channel.CreateUnbounded<DeliveryAttempt>();

    public IReadOnlyList<OutboxRow> Rows => OutboxRows.Read(Database.FilePath);

    public Task<int> ScanAsync(params Post[] posts)
    {
        Holder.Replace(PostIndex.Build(posts, Time.GetUtcNow()));
        return planner.ProcessAsync(CancellationToken.None);
    }

    public async Task StartAsync()
    {
        started = true;
        await worker.StartAsync(CancellationToken.None);
    }

    /// <summary>Stops the worker (its waits end with it) and starts a new gate and worker over the same database file.</summary>
    public async Task RestartAsync()
    {
        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        worker.Dispose();
        planner.Dispose();
        (planner, worker) = Build(Database.Reopen(Time));
        await worker.StartAsync(CancellationToken.None);
    }

    public async Task<LinkChecked> NextProbeAsync() =>
        await Probes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async Task<DeliveryAttempt> NextAttemptAsync() =>
        await Attempts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Moves the clock to when the last probe said the link is asked again.</summary>
    public void AdvanceTo(LinkChecked probed) => Time.Advance(probed.NextCheck!.Value - Time.GetUtcNow());

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }

        worker.Dispose();
        planner.Dispose();
        probe.Dispose();
        Database.Dispose();
    }

    private (OutboxPlanner Planner, DeliveryWorker Worker) Build(IOutboxStore store)
    {
        var gate = new LiveLinkGate(new LinkCheckStore(Database.Database), probe, Time, monitor, new FakeLogger<LiveLinkGate>(Logs));
        gate.Checked += c => Probes.Writer.TryWrite(c);
        var newPlanner = new OutboxPlanner(Holder, Catalog, store, Signal, Time, monitor, NullLogger<OutboxPlanner>.Instance);
        var newWorker = new DeliveryWorker(store, Signal, Holder, Catalog, [Sender], Time, monitor, NullLogger<DeliveryWorker>.Instance, liveLink: gate);
        newWorker.Attempted += a => Attempts.Writer.TryWrite(a);
        return (newPlanner, newWorker);
    }
}

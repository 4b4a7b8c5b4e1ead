using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>
/// Delivers the outbox: one <see cref="ChannelDeliveryLoop"/> per enabled channel whose platform has a sender, started
/// and stopped as the channel catalog changes. Waits for the first scan so that posts can be rendered. On shutdown,
/// in-flight sends are cancelled and their rows stay pending.
/// </summary>
public sealed class DeliveryWorker : BackgroundService
{
    private readonly DeliveryWorkerParts parts;
    private readonly ILogger<DeliveryWorker> logger;
    private readonly Dictionary<string, (Task Loop, CancellationTokenSource Stop)> loops = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ChannelPlatform, bool> reportedMissingSenders = new();
    private readonly WakeSignal catalogChanged = new();
    private readonly List<(Task Loop, CancellationTokenSource Stop)> retired = [];

    public DeliveryWorker(
        IOutboxStore store,
        WakeSignal signal,
        PostIndexHolder holder,
        IChannelCatalog catalog,
        IEnumerable<IChannelSender> senders,
        TimeProvider time,
        IOptionsMonitor<PublishingOptions> options,
        ILogger<DeliveryWorker> logger,
        IOptions<DigestOptions>? digestOptions = null,
        LiveLink.LiveLinkGate? liveLink = null)
    {
        var byPlatform = new Dictionary<ChannelPlatform, IChannelSender>();
        foreach (var sender in senders)
        {
            byPlatform[sender.Platform] = sender; // the last registration wins, so a host can replace a sender
        }

        parts = new DeliveryWorkerParts(store, signal, holder, catalog, byPlatform, time, new LastGoodOptions<PublishingOptions>(options), digestOptions?.Value ?? new DigestOptions()) { LiveLink = liveLink };
        this.logger = logger;
    }

    /// <summary>Raised after each send's outcome was recorded in the store.</summary>
    public event Action<DeliveryAttempt>? Attempted;

    internal void Report(DeliveryAttempt attempt)
    {
        switch (attempt.Outcome)
        {
            case DeliveryOutcome.Permanent:
                DeliveryWorkerLog.Permanent(logger, attempt.Channel, attempt.PostId, attempt.DeliveryId, attempt.Error);
                break;
            case DeliveryOutcome.Transient:
                DeliveryWorkerLog.Transient(logger, attempt.Channel, attempt.PostId, attempt.Error, attempt.NextAttempt);
                break;
            default:
                DeliveryWorkerLog.Sent(logger, attempt.Channel, attempt.PostId);
                break;
        }

        Attempted?.Invoke(attempt);
    }

    internal void ReportLoopError(string channel, Exception exception) => DeliveryWorkerLog.LoopError(logger, channel, exception);

    internal void ReportOutcomeUnknown(string channel, string postId, long deliveryId, DeliveryOutcome outcome, Exception exception) =>
        DeliveryWorkerLog.OutcomeUnknown(logger, channel, postId, deliveryId, outcome, exception);

    internal void ReportOutcomeRecorded(string channel, long deliveryId, int failedWrites) =>
        DeliveryWorkerLog.OutcomeRecorded(logger, channel, deliveryId, failedWrites);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FirstScanAsync(stoppingToken);
            parts.Catalog.Changed += OnCatalogChanged;
            WakeTicket? catalogWait = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                catalogWait ??= catalogChanged.Arm();
                Reconcile(stoppingToken);
                await Task.WhenAny([catalogWait.Woken, .. loops.Values.Select(l => l.Loop)]).WaitAsync(stoppingToken); // a loop that ended is restarted while wanted
                if (catalogWait.IsWoken)
                {
                    catalogWait = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            parts.Catalog.Changed -= OnCatalogChanged;
            retired.AddRange(loops.Values);
            foreach (var (_, stop) in retired)
            {
                await stop.CancelAsync();
            }

            await Task.WhenAll(retired.Select(l => l.Loop));
            foreach (var (_, stop) in retired)
            {
                stop.Dispose();
            }
        }
    }

    /// <summary>A loop never faults its task: whatever escapes it is logged, and the loop is restarted while its channel is wanted.</summary>
    private async Task RunLoopAsync(string name, ChannelDeliveryLoop loop, CancellationToken stop)
    {
        try
        {
            await loop.RunAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex)
        {
            ReportLoopError(name, ex);
        }
    }

    private void OnCatalogChanged(IReadOnlyList<ChannelOptions> channels) => catalogChanged.Wake();

    private async Task FirstScanAsync(CancellationToken stoppingToken)
    {
        var scanned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReplaced(PostIndex index) => scanned.TrySetResult();
        parts.Holder.Replaced += OnReplaced;
        try
        {
            if (!ReferenceEquals(parts.Holder.Current, PostIndex.Empty))
            {
                return;
            }

            await scanned.Task.WaitAsync(stoppingToken);
        }
        finally
        {
            parts.Holder.Replaced -= OnReplaced;
        }
    }

    private void Reconcile(CancellationToken stoppingToken)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channel in parts.Catalog.Current.Where(c => c.Enabled))
        {
            if (!parts.Senders.ContainsKey(channel.Platform))
            {
                if (reportedMissingSenders.TryAdd(channel.Platform, true))
                {
                    DeliveryWorkerLog.NoSender(logger, channel.Platform, channel.Name);
                }

                continue;
            }

            wanted.Add(channel.Name);
        }

        foreach (var name in loops.Keys.Where(n => !wanted.Contains(n) || loops[n].Loop.IsCompleted).ToList())
        {
            loops[name].Stop.Cancel();
            retired.Add(loops[name]);
            loops.Remove(name);
        }

        foreach (var name in wanted.Where(n => !loops.ContainsKey(n)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var loop = new ChannelDeliveryLoop(name, this, parts);
            loops[name] = (Task.Run(() => RunLoopAsync(name, loop, stop.Token), CancellationToken.None), stop);
        }
    }
}

using ChannelOptions = Bot.Core.Channels.ChannelOptions;
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
/// Turns index changes into outbox rows: on start, on every <see cref="PostIndexHolder.Replaced"/>, on every channel
/// catalog change and when a scheduled post falls due, it compares the index with the store
/// (<see cref="ChangeDetector"/>), sends posts for digest channels to their digest queue (<see cref="DigestRouting"/>),
/// holds a flood back (<see cref="FloodGuard"/>), writes the change set in one transaction and wakes the delivery loops.
/// </summary>
public sealed partial class OutboxPlanner(
    PostIndexHolder holder,
    IChannelCatalog catalog,
    IOutboxStore store,
    WakeSignal signal,
    TimeProvider time,
    IOptionsMonitor<PublishingOptions> options,
    ILogger<OutboxPlanner> logger) : BackgroundService
{
    private readonly WakeSignal triggers = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private ITimer? dueTimer;

    /// <summary>Raised after each pass over a scanned index, with the number of outbox rows it wrote (often 0).</summary>
    public event Action<int>? Processed;

    /// <summary>Looks at the current index once. Safe to call concurrently: passes run one at a time.</summary>
    public async Task<int> ProcessAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var index = holder.Current;
            if (ReferenceEquals(index, PostIndex.Empty))
            {
                return 0; // no scan yet: an empty archive must not become the baseline
            }

            var now = time.GetUtcNow();
            if (await store.AdoptSourcePathIdsAsync(index.All, now, cancellationToken) is { } upgrade)
            {
                LogIdentityUpgrade(logger, upgrade.CarriedOver, upgrade.MarkedSeen);
            }

            var state = await store.LoadStateAsync(cancellationToken);
            var channels = catalog.Current;
            var changes = DigestRouting.Divert(
                ChangeDetector.Detect(index, now, state, channels, options.CurrentValue.AnnounceUpdates), channels, state.DigestPeriodCounts);
            ArmDueTimer(changes.NextDue, now);
            if (changes.IsEmpty)
            {
                Processed?.Invoke(0);
                return 0;
            }

            changes = FloodGuard.Apply(changes, index, options.CurrentValue.FloodGuard, out var hold);
            var written = await store.ApplyAsync(changes, now, cancellationToken);
            if (hold is not null)
            {
                LogHeld(logger, hold.Deliveries, hold.Folder, hold.Posts, hold.Limit);
            }

            if (changes.Baseline)
            {
                LogBaseline(logger, changes.Seen.Count, written);
            }
            else if (written > 0)
            {
                LogPlanned(logger, written, changes.Seen.Count, changes.NewChannels.Count);
            }

            if (written > 0)
            {
                signal.Wake();
            }

            Processed?.Invoke(written);
            return written;
        }
        finally
        {
            gate.Release();
        }
    }

    public override void Dispose()
    {
        dueTimer?.Dispose();
        gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        holder.Replaced += OnIndexReplaced;
        catalog.Changed += OnChannelsChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var triggered = triggers.Arm();
                try
                {
                    await ProcessAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPassFailed(logger, ex);
                }

                await triggered.WaitUntilAsync(DateTimeOffset.MaxValue, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            holder.Replaced -= OnIndexReplaced;
            catalog.Changed -= OnChannelsChanged;
        }
    }

    private void OnIndexReplaced(PostIndex index) => Trigger();

    private void OnChannelsChanged(IReadOnlyList<ChannelOptions> channels) => Trigger();

    private void Trigger() => triggers.Wake();

    private void ArmDueTimer(DateTimeOffset? nextDue, DateTimeOffset now)
    {
        dueTimer?.Dispose();
        dueTimer = nextDue is { } due
            ? time.CreateTimer(_ => Trigger(), null, WakeSignal.Cap(due > now ? due - now : TimeSpan.Zero), Timeout.InfiniteTimeSpan)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: recorded {PostCount} existing posts as seen; {Backfill} backfill deliveries queued")]
    private static partial void LogBaseline(ILogger logger, int postCount, int backfill);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Deliveries} deliveries ({Posts} new or changed posts, {Channels} new channels)")]
    private static partial void LogPlanned(ILogger logger, int deliveries, int posts, int channels);

    [LoggerMessage(Level = LogLevel.Error, Message = "Held {Deliveries} deliveries from {Folder} ({Posts} posts): one scan would queue more than Publishing:FloodGuard ({Limit}). Nothing of them is sent until 'Bot release' sends them or 'Bot release --drop' skips them")]
    private static partial void LogHeld(ILogger logger, int deliveries, string folder, int posts, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Post ids are now source paths: carried over the delivery state of {CarriedOver} posts; {MarkedSeen} published posts that shared another post's front-matter id, and were not indexed before, were marked seen without being announced")]
    private static partial void LogIdentityUpgrade(ILogger logger, int carriedOver, int markedSeen);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record index changes; will try again on the next change")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}

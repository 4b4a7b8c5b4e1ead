using System.Collections.Concurrent;
using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Digests;

/// <summary>
/// At each tick of a digest channel's schedule, turns its waiting posts into one outbox row (in one transaction with
/// the tick's bookkeeping) and wakes the delivery loops, which send it like any row. A period without posts sends
/// nothing; ticks missed while the bot was down give one catch-up digest. Follows <see cref="IChannelCatalog.Changed"/>:
/// a new digest channel starts its first period then; one switched to Instant gets its waiting posts as a last digest.
/// </summary>
public sealed class DigestScheduler(
    IChannelCatalog catalog,
    SqliteDigestStore store,
    IOutboxStore outbox,
    WakeSignal signal,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, bool> reportedBadSchedules = new(StringComparer.Ordinal);
    private readonly WakeSignal changed = new();

    /// <summary>Raised after each pass, with the digest rows it wrote (often none).</summary>
    public event Action<IReadOnlyList<DigestClosed>>? Passed;

    /// <summary>
    /// Writes the digest of every channel whose tick has come and returns the earliest next tick of any digest channel.
    /// </summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = store.LoadLastDigests();
        var closed = new List<DigestClosed>();
        DateTimeOffset? earliest = null;
        foreach (var channel in catalog.Current.Where(c => c.Enabled && c.Mode == DeliveryMode.Digest))
        {
            if (!DigestSchedule.TryParse(channel.Schedule ?? "", channel.TimeZone, out var schedule, out var error))
            {
                if (reportedBadSchedules.TryAdd(channel.Name, true))
                {
                    DigestSchedulerLog.BadSchedule(logger, channel.Name, error);
                }

                continue;
            }

            if (!last.TryGetValue(channel.Name, out var lastDigest))
            {
                store.StartChannel(channel.Name, now);
                lastDigest = now;
            }
            else if (schedule.IsDue(lastDigest, now))
            {
                if (await outbox.CloseDigestAsync(channel.Name, now, cancellationToken) is { } digest)
                {
                    closed.Add(digest);
                    DigestSchedulerLog.Queued(logger, channel.Name, digest.PostIds.Count, digest.DeliveryId);
                }

                lastDigest = now;
            }

            if (schedule.Next(lastDigest) is { } next && (earliest is null || next < earliest))
            {
                earliest = next;
            }
        }

        closed.AddRange(await FlushSwitchedToInstantAsync(now, cancellationToken));
        if (closed.Count > 0)
        {
            signal.Wake();
        }

        Passed?.Invoke(closed);
        return earliest;
    }

    /// <summary>A channel switched from Digest to Instant gets the posts still waiting for it as one last digest, now.</summary>
    private async Task<List<DigestClosed>> FlushSwitchedToInstantAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instant = catalog.Current.Where(c => c.Enabled && c.Mode == DeliveryMode.Instant).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        instant.IntersectWith(store.LoadChannelsWithWaiting());
        var closed = new List<DigestClosed>();
        foreach (var name in instant.Order(StringComparer.Ordinal))
        {
            if (await outbox.CloseDigestAsync(name, now, cancellationToken) is { } digest)
            {
                closed.Add(digest);
                DigestSchedulerLog.Queued(logger, name, digest.PostIds.Count, digest.DeliveryId);
            }
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        catalog.Changed += OnCatalogChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = changed.Arm();
                DateTimeOffset? next;
                try
                {
                    next = await RunDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    DigestSchedulerLog.PassFailed(logger, ex);
                    next = time.GetUtcNow() + TimeSpan.FromMinutes(1);
                }

                var deadline = next ?? time.GetUtcNow() + TimeSpan.FromDays(30);
                await wake.WaitUntilAsync(deadline, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            catalog.Changed -= OnCatalogChanged;
        }
    }

    private void OnCatalogChanged(IReadOnlyList<ChannelOptions> channels)
    {
        reportedBadSchedules.Clear();
        changed.Wake();
    }
}

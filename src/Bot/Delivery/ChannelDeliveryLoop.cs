using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Delivery;

/// <summary>
/// Sends one channel's pending rows, oldest first, one at a time, so a slow or failing channel only ever waits on
/// itself. A row is marked sent only after the sender reports the platform's confirmation.
/// </summary>
internal sealed class ChannelDeliveryLoop(string channel, DeliveryWorker worker, DeliveryWorkerParts parts)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wake = parts.Signal.Next;
                var entry = await parts.Store.NextPendingAsync(channel, stoppingToken);
                var now = parts.Time.GetUtcNow();
                if (entry is null)
                {
                    await TimeProviderWait.UntilAsync(parts.Time, now + parts.Options.CurrentValue.IdlePollInterval, wake, stoppingToken);
                }
                else if (entry.NextAttempt > now)
                {
                    await TimeProviderWait.UntilAsync(parts.Time, entry.NextAttempt, wake, stoppingToken);
                }
                else if (parts.Catalog.Current.FirstOrDefault(c => c.Name == channel && c.Enabled) is not { } options)
                {
                    return; // removed or disabled: its rows wait, nothing more is sent
                }
                else
                {
                    await DeliverAsync(entry, options, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                worker.ReportLoopError(channel, ex);
                await TimeProviderWait.UntilAsync(parts.Time, parts.Time.GetUtcNow() + parts.Options.CurrentValue.RetryBaseDelay, parts.Signal.Next, stoppingToken);
            }
        }
    }

    private async Task DeliverAsync(OutboxEntry entry, ChannelOptions options, CancellationToken stoppingToken)
    {
        var now = parts.Time.GetUtcNow();
        if (entry.Kind == DeliveryKind.Digest)
        {
            await DeliverDigestAsync(entry, options, now, stoppingToken);
            return;
        }

        var post = parts.Holder.Current.Find(entry.PostId);
        if (post is null || post.StatusAt(now) != PostStatus.Published)
        {
            var reason = post is null ? "the post is no longer in the repository" : $"the post is {post.StatusAt(now).ToString().ToLowerInvariant()}";
            await parts.Store.MarkFailedAsync(entry.Id, $"not sent: {reason}", now, CancellationToken.None);
            worker.Report(new DeliveryAttempt(entry.Id, channel, entry.PostId, DeliveryOutcome.Permanent, null, reason));
            return;
        }

        var target = ChannelTargets.WithOverride(options, parts.TargetOverrides.GetValueOrDefault(channel));
        var request = new DeliveryRequest(entry.Id, IdempotencyKey.For(entry.Id, entry.PostId, channel), target, entry.Kind, [post])
        {
            PartsAlreadySent = entry.PartsSent,
            MessageIdsSoFar = entry.MessageIdsSoFar,
            PartsConfirmed = ids => RecordProgressAsync(entry, ids),
        };
        var result = await SendAsync(request, stoppingToken);
        if (result is null)
        {
            return; // shutting down mid-send: the row stays pending and is sent after the restart
        }

        await RecordAsync(entry, result);
    }

    /// <summary>Posts that left the repository or were unpublished since the digest was written drop out of it.</summary>
    private async Task DeliverDigestAsync(OutboxEntry entry, ChannelOptions options, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var index = parts.Holder.Current;
        var posts = entry.DigestPostIds
            .Select(index.Find)
            .OfType<Post>()
            .Where(p => p.StatusAt(now) == PostStatus.Published)
            .ToList();
        if (posts.Count == 0)
        {
            const string reason = "none of the digest's posts is still published";
            await parts.Store.MarkFailedAsync(entry.Id, $"not sent: {reason}", now, CancellationToken.None);
            worker.Report(new DeliveryAttempt(entry.Id, channel, entry.PostId, DeliveryOutcome.Permanent, null, reason));
            return;
        }

        var target = ChannelTargets.WithOverride(options, parts.TargetOverrides.GetValueOrDefault(channel));
        var request = new DeliveryRequest(entry.Id, IdempotencyKey.For(entry.Id, entry.PostId, channel), target, entry.Kind, posts)
        {
            Digest = DigestComposer.Compose(posts, parts.Digest.Language, parts.Digest),
            PartsAlreadySent = entry.PartsSent,
            MessageIdsSoFar = entry.MessageIdsSoFar,
            PartsConfirmed = ids => RecordProgressAsync(entry, ids),
        };
        var result = await SendAsync(request, stoppingToken);
        if (result is not null)
        {
            await RecordAsync(entry, result);
        }
    }

    private async Task<DeliveryResult?> SendAsync(DeliveryRequest request, CancellationToken stoppingToken)
    {
        var sendTimeout = parts.Options.CurrentValue.SendTimeout;
        using var timeout = new CancellationTokenSource(sendTimeout, parts.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            return await parts.Senders[request.Channel.Platform].SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"no answer within {sendTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex)
        {
            return DeliveryResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task RecordAsync(OutboxEntry entry, DeliveryResult result)
    {
        var now = parts.Time.GetUtcNow();
        if (result.MigratedTarget is { } migrated)
        {
            await parts.Store.SaveTargetOverrideAsync(channel, migrated, CancellationToken.None);
            parts.TargetOverrides[channel] = migrated;
            worker.ReportMigrated(channel);
        }

        DateTimeOffset? nextAttempt = null;
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                await parts.Store.MarkSentAsync(entry.Id, JoinIds(entry.MessageIdsSoFar, result.MessageId), now, CancellationToken.None);
                break;
            case DeliveryOutcome.Permanent:
                await parts.Store.MarkFailedAsync(entry.Id, result.Error ?? "rejected by the platform", now, CancellationToken.None);
                break;
            default:
                var delay = result.MigratedTarget is not null
                    ? TimeSpan.Zero
                    : RetryPolicy.Delay(entry.Attempts + 1, result.RetryAfter, parts.Options.CurrentValue, Random.Shared.NextDouble());
                nextAttempt = now + delay;
                if (result.PartsSent > 0)
                {
                    await parts.Store.ScheduleRetryAsync(
                        entry.Id, result.Error ?? "transient failure", nextAttempt.Value, entry.PartsSent + result.PartsSent,
                        JoinIds(entry.MessageIdsSoFar, result.MessageId), CancellationToken.None);
                }
                else
                {
                    await parts.Store.ScheduleRetryAsync(entry.Id, result.Error ?? "transient failure", nextAttempt.Value, CancellationToken.None);
                }

                break;
        }

        worker.Report(new DeliveryAttempt(entry.Id, channel, entry.PostId, result.Outcome, nextAttempt, result.Error));
    }

    private Task RecordProgressAsync(OutboxEntry entry, IReadOnlyList<string> confirmedThisAttempt) =>
        parts.Store.RecordProgressAsync(
            entry.Id, entry.PartsSent + confirmedThisAttempt.Count, JoinIds(entry.MessageIdsSoFar, string.Join(',', confirmedThisAttempt)), CancellationToken.None);

    private static string JoinIds(string? earlier, string? now) =>
        string.Join(',', new[] { earlier, now }.Where(ids => !string.IsNullOrEmpty(ids)));
}

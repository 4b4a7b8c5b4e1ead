using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;

namespace Bot.Delivery;

/// <summary>
/// Sends one channel's pending rows, oldest first, one at a time, so a slow or failing channel only ever waits on
/// itself. A row is marked sent only after the sender reports the platform's confirmation, and nothing more is sent
/// until that outcome is recorded (<see cref="DeliveryOutcomeRecorder"/>). Any exception, its own error path included,
/// is logged and the loop goes on.
/// </summary>
internal sealed class ChannelDeliveryLoop(string channel, DeliveryWorker worker, DeliveryWorkerParts parts)
{
    /// <summary>A row sent this often without a recorded outcome (the first send and one repeat) is not sent again.</summary>
    public const int MaxUnconfirmedSends = 2;

    private static readonly TimeSpan FallbackPause = TimeSpan.FromSeconds(1);

    private readonly DeliveryOutcomeRecorder recorder = new(channel, worker, parts);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wake = parts.Signal.Arm();
                var entry = await parts.Store.NextPendingAsync(channel, stoppingToken);
                var now = parts.Time.GetUtcNow();
                if (entry is null)
                {
                    await wake.WaitUntilAsync(now + parts.Options.Current.IdlePollInterval, parts.Time, stoppingToken);
                }
                else if (entry.NextAttempt > now)
                {
                    await wake.WaitUntilAsync(entry.NextAttempt, parts.Time, stoppingToken);
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
                if (!await PauseAfterErrorAsync(ex, stoppingToken))
                {
                    return;
                }
            }
        }
    }

    /// <summary>False when stopping. Never throws: a failure here must not end the loop.</summary>
    private async Task<bool> PauseAfterErrorAsync(Exception error, CancellationToken stoppingToken)
    {
        try
        {
            worker.ReportLoopError(channel, error);
            await parts.Signal.Arm().WaitUntilAsync(parts.Time.GetUtcNow() + parts.Options.Current.RetryBaseDelay, parts.Time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception)
        {
            try
            {
                await Task.Delay(FallbackPause, parts.Time, stoppingToken); // never spin, whatever failed above
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
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

        if (parts.LiveLink is { } liveLink && await liveLink.NotBeforeAsync(entry, post, stoppingToken) is { } notBefore)
        {
            await parts.Signal.Arm().WaitUntilAsync(notBefore, parts.Time, stoppingToken); // its link is not live yet
            return;
        }

        var request = new DeliveryRequest(entry.Id, IdempotencyKey.For(entry.Id, entry.PostId, channel), options, entry.Kind, [post])
        {
            PartsAlreadySent = entry.PartsSent,
            MessageIdsSoFar = entry.MessageIdsSoFar,
        };
        await SendAndRecordAsync(entry, request, now, stoppingToken);
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

        var request = new DeliveryRequest(entry.Id, IdempotencyKey.For(entry.Id, entry.PostId, channel), options, entry.Kind, posts)
        {
            Digest = DigestComposer.Compose(posts, parts.Digest.Language, parts.Digest),
            PartsAlreadySent = entry.PartsSent,
            MessageIdsSoFar = entry.MessageIdsSoFar,
        };
        await SendAndRecordAsync(entry, request, now, stoppingToken);
    }

    /// <summary>
    /// Counts the send as begun, sends, and records the outcome before anything else is sent. A row whose earlier sends
    /// left without a recorded outcome <see cref="MaxUnconfirmedSends"/> times is marked failed instead: it may well
    /// have arrived, and it is repeated at most once, ever.
    /// </summary>
    private async Task SendAndRecordAsync(OutboxEntry entry, DeliveryRequest request, DateTimeOffset now, CancellationToken stoppingToken)
    {
        if (entry.UnconfirmedSends >= MaxUnconfirmedSends)
        {
            var reason = $"sent {entry.UnconfirmedSends} times without its outcome being recorded; not sent again (it may have arrived: check the channel, then `resend` if it did not)";
            await parts.Store.MarkFailedAsync(entry.Id, reason, now, CancellationToken.None);
            worker.Report(new DeliveryAttempt(entry.Id, channel, entry.PostId, DeliveryOutcome.Permanent, null, reason));
            return;
        }

        await parts.Store.BeginSendAsync(entry.Id, CancellationToken.None);
        var result = await SendAsync(entry, request, stoppingToken);
        if (result is null)
        {
            return; // shutting down mid-send: the row stays pending and is sent (once more at most) after the restart
        }

        await recorder.RecordUntilWrittenAsync(entry, result, stoppingToken);
    }

    /// <summary>
    /// Sends the parts the platform has not confirmed yet, one at a time, each under <c>Publishing:SendTimeout</c>,
    /// recording progress between parts so that a crash between two parts still resumes after them.
    /// </summary>
    private async Task<DeliveryResult?> SendAsync(OutboxEntry entry, DeliveryRequest request, CancellationToken stoppingToken)
    {
        try
        {
            return await parts.Senders[request.Channel.Platform].SendAsync(
                request, parts.Options.Current.SendTimeout, parts.Time, ids => recorder.RecordProgressAsync(entry, ids), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return DeliveryResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }
    }
}

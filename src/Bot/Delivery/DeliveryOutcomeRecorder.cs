using Bot.Core.Publishing;
using Bot.Core.Timing;

namespace Bot.Delivery;

/// <summary>
/// Writes what happened to a send. When the write fails (a full disk, a locked or broken database) the outcome is
/// unknown to the store: the channel's loop stays here, retrying the write with backoff, and sends nothing more until
/// it succeeds, so a send is never repeated because its result could not be written.
/// </summary>
internal sealed class DeliveryOutcomeRecorder(string channel, DeliveryWorker worker, DeliveryWorkerParts parts)
{

    /// <summary>Returns once written; throws <see cref="OperationCanceledException"/> only when the service stops.</summary>
    public async Task RecordUntilWrittenAsync(OutboxEntry entry, DeliveryResult result, CancellationToken stoppingToken)
    {
        for (var failures = 0; ; failures++)
        {
            try
            {
                await RecordAsync(entry, result);
                if (failures > 0)
                {
                    worker.ReportOutcomeRecorded(channel, entry.Id, failures);
                }

                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var delay = RetryPolicy.Delay(failures + 1, null, parts.Options.Current, Random.Shared.NextDouble());
                if (failures == 0)
                {
                    worker.ReportOutcomeUnknown(channel, entry.PostId, entry.Id, result.Outcome, ex);
                }

                await WakeTicket.Never.WaitUntilAsync(parts.Time.GetUtcNow() + delay, parts.Time, stoppingToken);
            }
        }
    }

    public Task RecordProgressAsync(OutboxEntry entry, IReadOnlyList<string> confirmedThisAttempt) =>
        parts.Store.RecordProgressAsync(
            entry.Id, entry.PartsSent + confirmedThisAttempt.Count, JoinIds(entry.MessageIdsSoFar, string.Join(',', confirmedThisAttempt)), CancellationToken.None);

    private async Task RecordAsync(OutboxEntry entry, DeliveryResult result)
    {
        var now = parts.Time.GetUtcNow();
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
                var delay = RetryPolicy.Delay(entry.Attempts + 1, result.RetryAfter, parts.Options.Current, Random.Shared.NextDouble());
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

    private static string JoinIds(string? earlier, string? now) =>
        string.Join(',', new[] { earlier, now }.Where(ids => !string.IsNullOrEmpty(ids)));
}

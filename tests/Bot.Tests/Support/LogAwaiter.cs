using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Support;

/// <summary>Waits, with a timeout, for a log record to appear in a <see cref="FakeLogCollector"/>.</summary>
public static class LogAwaiter
{
    public static async Task<FakeLogRecord> WaitForAsync(this FakeLogCollector logs, Func<FakeLogRecord, bool> match, TimeSpan? timeout = null)
    {
        using var stop = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            await foreach (var record in logs.GetLogsAsync(stop.Token))
            {
                if (match(record))
                {
                    return record;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Falls through to the failure below.
        }

        throw new TimeoutException("No matching log record; seen: " + string.Join(" | ", logs.GetSnapshot().Select(r => r.Message)));
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Telegram;

/// <summary>Every log line of a test, all categories and levels, with a way to await a line.</summary>
internal sealed class CapturedLogs
{
    private readonly Lock gate = new();
    private readonly List<string> lines = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CapturedLogs()
    {
        Collector = FakeLogCollector.Create(new FakeLogCollectorOptions { OutputSink = Add });
    }

    public FakeLogCollector Collector { get; }

    public ILoggerProvider Provider() => new FakeLoggerProvider(Collector);

    /// <summary>Messages, formatted lines and exceptions (with stack traces) of every record so far.</summary>
    public string AllText()
    {
        lock (gate)
        {
            var records = Collector.GetSnapshot().Select(r => $"{r.Category} {r.Level} {r.Message} {r.Exception}");
            return string.Join("\n", lines.Concat(records));
        }
    }

    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }

                next = changed.Task;
            }

            await next.WaitAsync(cts.Token);
        }
    }

    private void Add(string line)
    {
        lock (gate)
        {
            lines.Add(line);
            var previous = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// Everything the fake knows and everything it was sent, as plain lists. Every change wakes
/// <see cref="WaitUntilAsync"/>, so tests await the state they expect instead of sleeping.
/// </summary>
public sealed class FakeDiscordStore
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<FakeMessage> messages = [];
    private readonly List<RecordedCallback> callbacks = [];
    private readonly List<GatewayFrame> frames = [];
    private readonly Dictionary<string, JsonArray> commands = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextSnowflake = 1_300_000_000_000_000_000;

    public Dictionary<string, FakeChannelAccess> Channels { get; } = new(StringComparer.Ordinal);

    /// <summary>Webhook id → (token, channel id, alive).</summary>
    public Dictionary<string, (string Token, string ChannelId, bool Alive)> Webhooks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FakeInteraction> Interactions { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests => Snapshot(requests);

    public IReadOnlyList<FakeMessage> Messages => Snapshot(messages);

    public IReadOnlyList<RecordedCallback> Callbacks => Snapshot(callbacks);

    public IReadOnlyList<GatewayFrame> Frames => Snapshot(frames);

    /// <summary>The command lists as last overwritten, by scope: <c>global</c> or a guild id.</summary>
    public IReadOnlyDictionary<string, JsonArray> Commands
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, JsonArray>(commands, StringComparer.Ordinal);
            }
        }
    }

    public Lock Gate => gate;

    /// <summary>Server errors still to serve: how many, and with which status.</summary>
    public (int Count, int Status) PendingFailures { get; set; }

    /// <summary>Requests still answered normally before the pending server errors start.</summary>
    public int PassingBeforeFailures { get; set; }

    /// <summary>Takes one pending server error, if any.</summary>
    public int? TakeFailure()
    {
        lock (gate)
        {
            if (PendingFailures.Count <= 0)
            {
                return null;
            }

            if (PassingBeforeFailures > 0)
            {
                PassingBeforeFailures--;
                return null;
            }

            PendingFailures = (PendingFailures.Count - 1, PendingFailures.Status);
            return PendingFailures.Status;
        }
    }

    public string NewSnowflake() => Interlocked.Increment(ref nextSnowflake).ToString(CultureInfo.InvariantCulture);

    public void Record(RecordedRequest request) => Change(() => requests.Add(request));

    /// <summary>Adds <paramref name="candidate"/> unless a message matching <paramref name="duplicateOf"/> exists; returns the one kept.</summary>
    public FakeMessage AddMessage(FakeMessage candidate, Func<FakeMessage, bool>? duplicateOf)
    {
        FakeMessage? existing = null;
        Change(() =>
        {
            existing = duplicateOf is null ? null : messages.LastOrDefault(duplicateOf);
            if (existing is null)
            {
                messages.Add(candidate);
            }
        });
        return existing ?? candidate;
    }

    public void Record(RecordedCallback callback) => Change(() => callbacks.Add(callback));

    public void Record(GatewayFrame frame) => Change(() => frames.Add(frame));

    public void SetCommands(string scope, JsonArray list) => Change(() => commands[scope] = list);

    /// <summary>Runs <paramref name="mutation"/> under the lock and wakes every waiter.</summary>
    public void Change(Action mutation)
    {
        TaskCompletionSource wake;
        lock (gate)
        {
            mutation();
            wake = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    /// <summary>Completes once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<FakeDiscordStore, bool> condition, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            var left = limit - TimeProvider.System.GetElapsedTime(started);
            await next.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero).ConfigureAwait(false);
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}

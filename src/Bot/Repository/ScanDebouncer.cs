namespace Bot.Repository;

/// <summary>
/// Turns a burst of file events into one rescan: a scan is due <see cref="Window"/> after the last event, but never
/// later than <see cref="MaxWait"/> after the first one, so a steady trickle of saves still gets scanned.
/// </summary>
public sealed class ScanDebouncer(TimeProvider time, TimeSpan window, TimeSpan maxWait)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private DateTimeOffset? firstRequest;
    private DateTimeOffset? lastRequest;

    public ScanDebouncer(TimeProvider time)
        : this(time, DefaultWindow, DefaultMaxWait)
    {
    }

    public TimeSpan Window { get; } = window;

    public TimeSpan MaxWait { get; } = maxWait;

    /// <summary>When the pending scan is due, or null when nothing is pending.</summary>
    public DateTimeOffset? DueAt
    {
        get
        {
            lock (gate)
            {
                return firstRequest is { } first && lastRequest is { } last
                    ? Min(last + Window, first + MaxWait)
                    : null;
            }
        }
    }

    /// <summary>Records a change that needs a scan.</summary>
    public void Request()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            firstRequest ??= now;
            lastRequest = now;
        }
    }

    /// <summary>Makes a scan due at once (after a pull, say).</summary>
    public void RequestNow()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            firstRequest = now - MaxWait;
            lastRequest = now - Window;
        }
    }

    /// <summary>True, and forgets the pending requests, when a scan is due at <paramref name="now"/>.</summary>
    public bool TryTakeDue(DateTimeOffset now)
    {
        lock (gate)
        {
            if (firstRequest is not { } first || lastRequest is not { } last || Min(last + Window, first + MaxWait) > now)
            {
                return false;
            }

            firstRequest = null;
            lastRequest = null;
            return true;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

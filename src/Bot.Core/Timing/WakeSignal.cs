namespace Bot.Core.Timing;

/// <summary>
/// The one way a loop sleeps until a moment or until something happens, whichever comes first. Any number of waiters
/// may share a signal: each <see cref="Wake"/> wakes every ticket armed before it.
/// </summary>
/// <example>
/// <code>
/// var woken = signal.Arm();           // BEFORE looking at the state the wake is about
/// var next = LookAtTheState();
/// await woken.WaitUntilAsync(next, time, stoppingToken);
/// </code>
/// A wake that lands between <see cref="Arm"/> and the wait completes the ticket, so it is never lost.
/// </example>
public sealed class WakeSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>A ticket woken by the first <see cref="Wake"/> after this call.</summary>
    public WakeTicket Arm() => new(Volatile.Read(ref next).Task);

    /// <summary>Wakes every ticket armed so far; many wakes before a wait count as one.</summary>
    public void Wake() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Timers take at most about 49 days; a longer wait ends early and the caller looks again.</summary>
    public static TimeSpan Cap(TimeSpan due) => due > MaxTimer ? MaxTimer : due;

    private static readonly TimeSpan MaxTimer = TimeSpan.FromDays(30);

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

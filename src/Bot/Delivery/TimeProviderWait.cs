namespace Bot.Delivery;

/// <summary>Waits on a <see cref="TimeProvider"/> until a moment, or until woken, whichever comes first.</summary>
public static class TimeProviderWait
{
    /// <summary>
    /// Completes at <paramref name="deadline"/> or when <paramref name="wake"/> completes; throws when cancelled.
    /// Checks the clock again after arming the timer, so a clock moved past the deadline meanwhile never leaves it waiting.
    /// </summary>
    public static async Task UntilAsync(TimeProvider time, DateTimeOffset deadline, Task wake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var due = deadline - time.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            return;
        }

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = time.CreateTimer(_ => reached.TrySetResult(), null, Cap(due), Timeout.InfiniteTimeSpan);
        if (time.GetUtcNow() >= deadline)
        {
            reached.TrySetResult();
        }

        await Task.WhenAny(reached.Task, wake).WaitAsync(cancellationToken);
    }

    /// <summary>Timers take at most about 49 days; a longer wait wakes early and the caller looks again.</summary>
    public static TimeSpan Cap(TimeSpan due) => due > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : due;
}

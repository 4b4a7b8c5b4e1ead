namespace Bot.Core.Timing;

/// <summary>One waiter's hold on a <see cref="WakeSignal"/>, taken by <see cref="WakeSignal.Arm"/>.</summary>
/// <param name="Woken">Completes when the signal is woken after the ticket was armed.</param>
public sealed record WakeTicket(Task Woken)
{
    /// <summary>A ticket no signal wakes: waiting on it is a plain wait until the deadline.</summary>
    public static WakeTicket Never { get; } = new(new TaskCompletionSource().Task);

    public bool IsWoken => Woken.IsCompleted;

    /// <summary>
    /// Completes at <paramref name="deadline"/> on <paramref name="time"/>, or as soon as the ticket is woken, or at
    /// once when either already happened; throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    /// <remarks>
    /// The clock is read again after the timer is armed, so a clock that moved past the deadline in between (a test
    /// advancing a fake clock) never leaves the caller waiting.
    /// </remarks>
    public async Task WaitUntilAsync(DateTimeOffset deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        cancellationToken.ThrowIfCancellationRequested();
        var due = deadline - time.GetUtcNow();
        if (due <= TimeSpan.Zero || IsWoken)
        {
            return;
        }

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = time.CreateTimer(static state => ((TaskCompletionSource)state!).TrySetResult(), reached, WakeSignal.Cap(due), Timeout.InfiniteTimeSpan);
        if (time.GetUtcNow() >= deadline)
        {
            reached.TrySetResult();
        }

        await Task.WhenAny(reached.Task, Woken).WaitAsync(cancellationToken);
    }
}

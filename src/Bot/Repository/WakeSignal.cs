namespace Bot.Repository;

/// <summary>Wakes a waiting loop early; many signals before the wake count as one.</summary>
public sealed class WakeSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource signaled = NewSource();

    public void Set()
    {
        lock (gate)
        {
            signaled.TrySetResult();
        }
    }

    /// <summary>Waits until <see cref="Set"/> or until <paramref name="deadline"/> on <paramref name="time"/>.</summary>
    /// <remarks>
    /// The wait is measured from the clock as it reads when the timer starts, not when the caller computed the deadline,
    /// so time that passed in between (or a test's fake clock advanced in between) is not waited for twice.
    /// </remarks>
    public async Task WaitUntilAsync(DateTimeOffset deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        Task wake;
        lock (gate)
        {
            wake = signaled.Task;
        }

        var timeout = deadline - time.GetUtcNow();
        if (!wake.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, time, stopDelay.Token);

            // The clock may have moved on between reading it and starting the timer (a test advancing a fake clock).
            if (time.GetUtcNow() < deadline)
            {
                await Task.WhenAny(wake, delay);
            }

            await stopDelay.CancelAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (signaled.Task.IsCompleted)
            {
                signaled = NewSource();
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

namespace Bot.Delivery;

/// <summary>
/// Wakes the delivery loops the moment rows are written. Take <see cref="Next"/> BEFORE looking at the store: a write
/// that lands in between completes that task, so no wake-up is ever lost.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref wake).Task;

    public void Notify()
    {
        var previous = Interlocked.Exchange(ref wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }
}

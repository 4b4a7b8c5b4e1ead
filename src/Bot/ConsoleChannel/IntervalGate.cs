namespace Bot.ConsoleChannel;

/// <summary>
/// Lets callers through one at a time, at least <c>interval</c> apart, waiting on the <see cref="TimeProvider"/>.
/// A reusable minimum-spacing limiter for senders whose platform asks for one message per period.
/// </summary>
public sealed class IntervalGate(TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private DateTimeOffset? last;

    /// <summary>Waits for this caller's slot; the slot counts from when this returns.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            if (last is { } previous && previous + interval - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            last = time.GetUtcNow();
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}

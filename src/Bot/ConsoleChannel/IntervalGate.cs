namespace Bot.ConsoleChannel;

/// <summary>
/// Lets callers through one at a time, each at least <c>interval</c> after the previous one FINISHED, waiting on the
/// <see cref="TimeProvider"/>. Measuring from the end of the previous send (the platform's answer) rather than its
/// start keeps a "one message per interval" limit even when the network delays one request more than the next.
/// A reusable limiter for senders whose platform asks for one message per period.
/// </summary>
public sealed class IntervalGate(TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private DateTimeOffset? lastFinished;

    /// <summary>Waits for this caller's turn; dispose the returned slot when the send is answered.</summary>
    public async Task<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            // timers may fire up to a tick early: look at the clock again rather than trust one delay
            while (interval > TimeSpan.Zero && lastFinished is { } previous && previous + interval - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken);
            }

            return new Slot(this);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    public void Dispose() => turn.Dispose();

    private void Leave()
    {
        lastFinished = time.GetUtcNow();
        turn.Release();
    }

    /// <summary>One caller's turn; disposing it starts the next caller's interval.</summary>
    public readonly struct Slot(IntervalGate gate) : IDisposable
    {
        public void Dispose() => gate.Leave();
    }
}

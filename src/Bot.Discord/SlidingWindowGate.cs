namespace Bot.Discord;

/// <summary>
/// At most <c>limit</c> passes in any <c>window</c>, timed by a <see cref="TimeProvider"/>. Written here rather than
/// using System.Threading.RateLimiting because those limiters time themselves with their own timers (so a
/// FakeTimeProvider cannot drive them) and count in aligned segments rather than in every window.
/// </summary>
internal sealed class SlidingWindowGate(int limit, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly Queue<DateTimeOffset> _passes = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    public int Limit => limit;

    /// <summary>Waits for a pass; <paramref name="onDelay"/> hears about a wait after its timer is set.</summary>
    public async Task WaitAsync(Action<TimeSpan>? onDelay, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (_passes.Count > 0 && now - _passes.Peek() >= window)
                {
                    _passes.Dequeue();
                }

                if (_passes.Count < limit)
                {
                    _passes.Enqueue(now);
                    return;
                }

                var delay = _passes.Peek() + window - now;
                var waiting = Task.Delay(delay, time, cancellationToken);
                onDelay?.Invoke(delay);
                await waiting;
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}

using Bot.Core.Repository;

namespace Bot.Tests.Support;

/// <summary>Counts the scans it passes on to the real scanner, and can be told to fail like an unreadable repository.</summary>
public sealed class CountingPostScanner(IPostScanner inner) : IPostScanner
{
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>While set, every scan throws <see cref="RepositoryUnavailableException"/> with this message.</summary>
    public string? FailWith { get; set; }

    public PostScan Scan(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return FailWith is { } reason ? throw new RepositoryUnavailableException(reason) : inner.Scan(cancellationToken);
    }
}

namespace Bot.Core.Repository;

/// <summary>
/// Reads the post repository into posts. Implementations keep what they parsed, so a rescan re-reads only files whose
/// size or modification time changed. Never throws for a bad post file: it becomes a <see cref="ScanWarning"/>.
/// Throws <see cref="RepositoryUnavailableException"/> when the repository itself cannot be read.
/// </summary>
public interface IPostScanner
{
    PostScan Scan(CancellationToken cancellationToken);
}

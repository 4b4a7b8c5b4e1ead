namespace Bot.Storage;

/// <summary>
/// The database at <c>Storage:Path</c> cannot be used: its folder is not writable, it is not a SQLite database, it is
/// held by another instance of the service, or it was deleted or replaced while the service ran. The message names the
/// key, the real path, the reason and what to do.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

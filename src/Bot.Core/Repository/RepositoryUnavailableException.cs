namespace Bot.Core.Repository;

/// <summary>The repository folder is missing or unreadable, or its site config cannot be parsed.</summary>
public sealed class RepositoryUnavailableException : Exception
{
    public RepositoryUnavailableException(string message)
        : base(message)
    {
    }

    public RepositoryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RepositoryUnavailableException()
    {
    }
}

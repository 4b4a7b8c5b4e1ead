namespace Bot.Repository;

/// <summary>A clone or pull of <c>Repository:Remote</c> failed. The message is already free of credentials.</summary>
public sealed class RepositorySyncException : Exception
{
    public RepositorySyncException(string message)
        : base(UrlRedactor.Redact(message))
    {
    }

    public RepositorySyncException(string message, Exception innerException)
        : base(UrlRedactor.Redact(message), innerException)
    {
    }

    public RepositorySyncException()
    {
    }
}

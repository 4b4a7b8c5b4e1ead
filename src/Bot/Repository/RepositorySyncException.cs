using Bot.Secrets;

namespace Bot.Repository;

/// <summary>A clone or pull of <c>Repository:Remote</c> failed. The message is already free of credentials.</summary>
public sealed class RepositorySyncException : Exception
{
    public RepositorySyncException(string message)
        : base(SecretRedactor.ShapesOnly.Redact(message))
    {
    }

    public RepositorySyncException(string message, Exception innerException)
        : base(SecretRedactor.ShapesOnly.Redact(message), innerException)
    {
    }

    public RepositorySyncException()
    {
    }
}

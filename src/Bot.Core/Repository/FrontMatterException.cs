namespace Bot.Core.Repository;

/// <summary>A post's front matter cannot be read; the message says why (line and column when the parser knows).</summary>
public sealed class FrontMatterException : Exception
{
    public FrontMatterException(string message)
        : base(message)
    {
    }

    public FrontMatterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FrontMatterException()
    {
    }
}

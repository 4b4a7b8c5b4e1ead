namespace Bot.Core.Commands;

/// <summary><c>/latest [n]</c>: the newest posts, <paramref name="Count"/> per page.</summary>
public sealed record LatestCommand(int Count, int Page = 0) : ChatCommand
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;
}

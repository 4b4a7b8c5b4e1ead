using Bot.Core.Posts;

namespace Bot.Core.Repository;

/// <summary>What reading one file gave: a post, a warning, or both (a post read with a documented fallback).</summary>
public sealed record PostParseResult(Post? Post, ScanWarning? Warning)
{
    /// <summary>The file could not be read this time; try again next scan even if it did not change.</summary>
    public bool Transient { get; init; }
}

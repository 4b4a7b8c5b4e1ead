namespace Bot.Core.Posts;

/// <summary>
/// One article as the blog's generator publishes it. Everything the bot says about a post comes from here.
/// </summary>
public sealed record Post
{
    /// <summary>The source path relative to the repository root: survives edits of title, date and body (see README, "Post identity").</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The id this post had before schema version 4 (front matter <c>id</c>/<c>abbrlink</c>, else the path-derived id),
    /// read only to carry an older database's rows over to <see cref="Id"/>. Several posts may share it.
    /// </summary>
    public string? LegacyId { get; init; }

    /// <summary>Path of the source file relative to the repository root, with <c>/</c> separators.</summary>
    public required string Source { get; init; }

    /// <summary>A readable title for messages: the front matter's, else the first heading, else from the file name.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The title exactly as the generator publishes it, when that differs from <see cref="Title"/> (Hexo and Hugo
    /// publish a post without a title with an empty one); null when they are the same.
    /// </summary>
    public string? GeneratorTitle { get; init; }

    /// <summary>Publication date with its offset, resolved with the generator's timezone rules.</summary>
    public required DateTimeOffset Date { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>Category names in the order the generator assigns them; a Hexo hierarchy [A, B] gives A then B.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The absolute URL the generator publishes the post at.</summary>
    public required string Link { get; init; }

    /// <summary>Plain-text summary, already cut to the configured length.</summary>
    public required string Summary { get; init; }

    /// <summary>True for drafts and posts marked unpublished; they are never announced.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Hugo <c>expiryDate</c>: the post leaves the site at this moment.</summary>
    public DateTimeOffset? ExpiryDate { get; init; }

    /// <summary>
    /// The absolute http(s) URL of the post's cover image (front matter, the generator's bundle image, else the body's
    /// first image; see README, "Cover images"), or null when it has none.
    /// </summary>
    public string? Cover { get; init; }

    /// <summary>Hash of the raw file content; a change means the post was edited.</summary>
    public required string ContentHash { get; init; }

    public PostStatus StatusAt(DateTimeOffset now) =>
        IsDraft ? PostStatus.Draft
        : ExpiryDate is { } expiry && expiry <= now ? PostStatus.Expired
        : Date > now ? PostStatus.Scheduled
        : PostStatus.Published;
}

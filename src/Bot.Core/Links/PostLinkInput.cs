namespace Bot.Core.Links;

/// <summary>What a permalink is built from: the parts of a post each generator's tokens refer to.</summary>
public sealed record PostLinkInput
{
    /// <summary>
    /// The post's path inside its posts folder without extension, <c>/</c> separators: Hexo's slug (relative to
    /// <c>_posts</c>), Jekyll's file name without the date prefix, Hugo's path under <c>content/</c>.
    /// </summary>
    public required string PostPath { get; init; }

    /// <summary>The source file name without extension, as on disk (Jekyll's <c>:name</c> keeps the date prefix).</summary>
    public string? FileName { get; init; }

    public required string Title { get; init; }

    /// <summary>The post date in the site's time zone (what the generator formats date tokens with).</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Categories in the order assigned.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Hexo: the last category with its parents, outermost first (what <c>:category</c> uses).</summary>
    public IReadOnlyList<string> LastCategoryPath { get; init; } = [];

    /// <summary>Front matter values by key (scalars as strings).</summary>
    public IReadOnlyDictionary<string, object?> FrontMatter { get; init; } = new Dictionary<string, object?>();

    /// <summary>The post id, for Hexo's <c>:id</c> when the front matter sets none.</summary>
    public required string Id { get; init; }
}

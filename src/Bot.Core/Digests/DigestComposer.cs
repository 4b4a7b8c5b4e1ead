using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Core.Text;

namespace Bot.Core.Digests;

/// <summary>Builds a <see cref="Digest"/> from the posts of one period; pure.</summary>
public static class DigestComposer
{
    /// <summary>
    /// Groups per category in order of each group's newest post, entries newest first. A post in several categories
    /// appears once, under its first category.
    /// </summary>
    public static Digest Compose(IReadOnlyList<Post> posts, ReplyLanguage language, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SummaryLength, 1);
        var texts = CommandTexts.For(language);
        var groups = posts
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .GroupBy(p => FirstCategory(p, texts), CategoryName.Comparer)
            .Select(g => new DigestGroup(
                FirstCategory(g.First(), texts),
                DateOnly.FromDateTime(g.First().Date.DateTime),
                [.. g.Select(p => Entry(p, options.SummaryLength))]));
        return new Digest(texts.DigestHeading, [.. groups]);
    }

    private static string FirstCategory(Post post, CommandTexts texts) =>
        post.Categories.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? texts.Uncategorized;

    private static DigestEntry Entry(Post post, int summaryLength) =>
        new(post.Id, post.Title, post.Link, post.Date,
            post.Summary.Length == 0 ? "" : TextShortener.Shorten(post.Summary, summaryLength));
}

using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>Category names for autocomplete (Discord allows at most 25 choices).</summary>
public static class CategorySuggester
{
    public const int MaxChoices = 25;

    /// <summary>
    /// Empty query: the biggest categories. Otherwise names starting with the query, then names containing it,
    /// compared case-insensitively after NFKC (and again ignoring spaces, underscores and hyphens); each group keeps
    /// the index order (most posts first).
    /// </summary>
    public static IReadOnlyList<CategoryCount> Suggest(PostIndex index, string? query, int max = MaxChoices)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 0);
        if (string.IsNullOrWhiteSpace(query))
        {
            return [.. index.Categories.Take(max)];
        }

        var normalized = CategoryName.Normalize(query);
        var loose = CategoryMatcher.Loose(query);
        var prefix = new List<CategoryCount>();
        var contains = new List<CategoryCount>();
        foreach (var (category, name, looseName, _) in CategoryLookup.For(index).Entries)
        {
            if (name.StartsWith(normalized, StringComparison.Ordinal) || (loose.Length > 0 && looseName.StartsWith(loose, StringComparison.Ordinal)))
            {
                prefix.Add(category);
            }
            else if (name.Contains(normalized, StringComparison.Ordinal) || (loose.Length > 0 && looseName.Contains(loose, StringComparison.Ordinal)))
            {
                contains.Add(category);
            }
        }

        return [.. prefix.Concat(contains).Take(max)];
    }
}

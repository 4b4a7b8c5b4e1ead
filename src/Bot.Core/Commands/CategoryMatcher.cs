using System.Text;
using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>
/// Finds the category a user meant. Exact means equal under <see cref="CategoryName"/> (NFKC, case-insensitive);
/// failing that, equal once spaces, underscores and hyphens are ignored ("深度 学习" = "深度学习", "deep-learning" =
/// "Deep Learning").
/// </summary>
public static class CategoryMatcher
{
    public const int MaxSuggestions = 3;

    public static CategoryCount? Resolve(PostIndex index, string query)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var lookup = CategoryLookup.For(index);
        return lookup.ByName(query) ?? lookup.ByLooseName(Loose(query));
    }

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> names close to <paramref name="query"/>: names containing it (or contained in
    /// it) and names within a small edit distance, closest first, then the larger category first.
    /// </summary>
    public static IReadOnlyList<string> Suggest(PostIndex index, string query)
    {
        ArgumentNullException.ThrowIfNull(index);
        var loose = Loose(query ?? "");
        if (loose.Length == 0)
        {
            return [];
        }

        var threshold = Math.Max(1, RuneCount(loose) / 3);
        return [.. CategoryLookup.For(index).Entries
            .Select(e => (e.Category, Name: e.Loose, Distance: EditDistance.Between(loose, e.Loose)))
            .Where(x => x.Distance <= threshold
                || (x.Name.Length > 0 && (x.Name.Contains(loose, StringComparison.Ordinal) || loose.Contains(x.Name, StringComparison.Ordinal))))
            .OrderBy(x => x.Distance)
            .ThenByDescending(x => x.Category.Count)
            .ThenBy(x => x.Category.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(x => x.Category.Name)];
    }

    /// <summary>The normalized name without spaces, underscores or hyphens.</summary>
    public static string Loose(string name)
    {
        var normalized = CategoryName.Normalize(name);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && c != '_' && c != '-')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int RuneCount(string text) => text.EnumerateRunes().Count();
}

using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Bot.Core.Posts;

namespace Bot.Core.Commands;

/// <summary>
/// Per-index lookups for category names, computed once per <see cref="PostIndex"/> snapshot so each command costs
/// a dictionary hit instead of normalizing every name. The weak table lets an old snapshot and its lookup be
/// collected together.
/// </summary>
internal sealed class CategoryLookup
{
    private static readonly ConditionalWeakTable<PostIndex, CategoryLookup> Cache = new();

    private readonly FrozenDictionary<string, CategoryCount> byName;
    private readonly FrozenDictionary<string, CategoryCount> byLooseName;
    private readonly FrozenDictionary<string, CategoryCount> byShortId;

    private CategoryLookup(PostIndex index)
    {
        Entries = [.. index.Categories.Select(c => new Entry(c, CategoryName.Normalize(c.Name), CategoryMatcher.Loose(c.Name), CategoryShortId.For(c.Name)))];
        byName = Entries.GroupBy(e => e.Normalized, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
        byLooseName = Entries.Where(e => e.Loose.Length > 0).GroupBy(e => e.Loose, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
        byShortId = Entries.GroupBy(e => e.ShortId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
        EarliestExpiry = index.Published.Where(p => p.ExpiryDate is not null).Select(p => p.ExpiryDate).Min();
    }

    /// <summary>Categories in index order (most posts first) with their comparison forms.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The first moment a published post of this snapshot leaves the site; null when none expires.</summary>
    public DateTimeOffset? EarliestExpiry { get; }

    public static CategoryLookup For(PostIndex index) => Cache.GetValue(index, static i => new CategoryLookup(i));

    public CategoryCount? ByName(string name) => byName.GetValueOrDefault(CategoryName.Normalize(name));

    public CategoryCount? ByLooseName(string looseName) => byLooseName.GetValueOrDefault(looseName);

    public CategoryCount? ByShortId(string id) => byShortId.GetValueOrDefault(id);

    internal sealed record Entry(CategoryCount Category, string Normalized, string Loose, string ShortId);
}

namespace Bot.Core.Repository;

/// <summary>
/// Categories and tags as each generator assigns them. Hexo: <c>categories</c> (or <c>category</c>); a flat list is
/// one hierarchy (<c>[A, B]</c> = B under A) unless it holds a nested list, in which case each item is its own
/// hierarchy. Jekyll: the folders above <c>_posts</c>, then <c>category</c> (preferred) or <c>categories</c>, a list or
/// a space-separated string. Hugo and plain: the <c>categories</c> taxonomy.
/// </summary>
public static class PostCategories
{
    /// <summary>The categories in order, and the last hierarchy (what Hexo's <c>:category</c> uses).</summary>
    public static (IReadOnlyList<string> Categories, IReadOnlyList<string> LastPath) Read(
        RepositoryLayout layout, IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> folderCategories)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return layout switch
        {
            RepositoryLayout.Hexo => ReadHexo(fields),
            RepositoryLayout.Jekyll => ReadJekyll(fields, folderCategories),
            _ => Flat(FrontMatterValues.GetList(fields, FrontMatterValues.Has(fields, "categories") ? "categories" : "category")),
        };
    }

    /// <summary>Tags: <c>tags</c> (or <c>tag</c>); Jekyll splits a string on spaces.</summary>
    public static IReadOnlyList<string> ReadTags(RepositoryLayout layout, IReadOnlyDictionary<string, object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var key = FrontMatterValues.Has(fields, "tags") ? "tags" : "tag";
        if (layout == RepositoryLayout.Jekyll && FrontMatterValues.GetString(fields, key) is { } spaced)
        {
            return Distinct(spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return Distinct(Scalars(FrontMatterValues.GetList(fields, key)));
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) ReadHexo(IReadOnlyDictionary<string, object?> fields)
    {
        var items = FrontMatterValues.GetList(fields, FrontMatterValues.Has(fields, "categories") ? "categories" : "category");
        var hasHierarchy = items.Any(i => i is IEnumerable<object?>);
        var hierarchies = hasHierarchy
            ? items.Select(i => i is IEnumerable<object?> list ? Scalars(list) : Scalars([i])).Where(h => h.Count > 0).ToList()
            : [Scalars(items)];
        var all = Distinct(hierarchies.SelectMany(h => h));
        return (all, hierarchies.Count > 0 ? hierarchies[^1] : []);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) ReadJekyll(IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> folders)
    {
        var key = FrontMatterValues.Has(fields, "category") ? "category" : "categories";
        IEnumerable<string> own = FrontMatterValues.GetString(fields, key) is { } spaced && key == "categories"
            ? spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Scalars(FrontMatterValues.GetList(fields, key));
        var all = Distinct(folders.Concat(own));
        return (all, all);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Flat(IReadOnlyList<object?> items)
    {
        var all = Distinct(items.SelectMany(i => i is IEnumerable<object?> list ? Scalars(list) : Scalars([i])));
        return (all, all.Count > 0 ? [all[^1]] : []);
    }

    private static List<string> Scalars(IEnumerable<object?> items) =>
        [.. items.Select(FrontMatterValues.AsString).OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0)];

    private static List<string> Distinct(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal)];
}

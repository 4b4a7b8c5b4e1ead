using Bot.Core.Repository;

namespace Bot.Core.Generators;

/// <summary>Category and tag reading shared by the generators: the key a site used, trimmed names, first occurrence kept.</summary>
internal static class TaxonomyValues
{
    /// <summary><c>categories</c>, or <c>category</c> when only that is set.</summary>
    public static IReadOnlyList<object?> Categories(IReadOnlyDictionary<string, object?> fields) =>
        FrontMatterValues.GetList(fields, FrontMatterValues.Has(fields, "categories") ? "categories" : "category");

    /// <summary><c>tags</c> (or <c>tag</c>) as a list.</summary>
    public static IReadOnlyList<string> Tags(IReadOnlyDictionary<string, object?> fields) =>
        Distinct(Scalars(FrontMatterValues.GetList(fields, TagKey(fields))));

    public static string TagKey(IReadOnlyDictionary<string, object?> fields) => FrontMatterValues.Has(fields, "tags") ? "tags" : "tag";

    /// <summary>Every name, nested lists flattened; the last one is the <c>:category</c> path.</summary>
    public static PostTaxonomy Flat(IReadOnlyDictionary<string, object?> fields)
    {
        var all = Distinct(Categories(fields).SelectMany(i => i is IEnumerable<object?> list ? Scalars(list) : Scalars([i])));
        return new PostTaxonomy(all, all.Count > 0 ? [all[^1]] : [], Tags(fields));
    }

    public static List<string> Scalars(IEnumerable<object?> items) =>
        [.. items.Select(FrontMatterValues.AsString).OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0)];

    public static List<string> Distinct(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal)];
}

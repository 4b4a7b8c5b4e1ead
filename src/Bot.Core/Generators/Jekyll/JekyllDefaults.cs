using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll's <c>FrontMatterDefaults</c>: the <c>defaults</c> sets whose scope applies to a post (type <c>posts</c>,
/// its path relative to the site) are merged, a set with a longer path (or, at equal length, one naming a type) taking
/// precedence, and the post's own front matter wins over all of them. Glob scopes (<c>*</c>) are not read.
/// </summary>
public static class JekyllDefaults
{
    public const string PostType = "posts";

    public static ValueList<JekyllDefault> Read(IReadOnlyDictionary<string, object?> config)
    {
        var sets = new List<JekyllDefault>();
        if (!config.TryGetValue("defaults", out var value) || value is not IEnumerable<object?> items || value is string)
        {
            return [.. sets];
        }

        foreach (var item in items)
        {
            if (item is not IReadOnlyDictionary<string, object?> set || !set.TryGetValue("values", out var values)
                || values is not IReadOnlyDictionary<string, object?> valueMap)
            {
                continue;
            }

            var scope = set.TryGetValue("scope", out var s) && s is IReadOnlyDictionary<string, object?> map ? map : null;
            var path = scope is null ? string.Empty : FrontMatterValues.GetString(scope, "path") ?? string.Empty;
            var type = scope is null ? null : FrontMatterValues.GetString(scope, "type") switch
            {
                "post" => "posts",
                "page" => "pages",
                "draft" => "drafts",
                var t => t,
            };
            if (!path.Contains('*', StringComparison.Ordinal))
            {
                sets.Add(new JekyllDefault(path, type, valueMap));
            }
        }

        return [.. sets];
    }

    /// <summary>The post's front matter with the applicable defaults under it.</summary>
    public static IReadOnlyDictionary<string, object?> Apply(IReadOnlyList<JekyllDefault> sets, IReadOnlyDictionary<string, object?> fields, string relativePath)
    {
        if (sets.Count == 0)
        {
            return fields;
        }

        Dictionary<string, object?>? merged = null;
        JekyllDefault? previous = null;
        foreach (var set in sets.Where(d => d.AppliesTo(relativePath, PostType)))
        {
            merged = previous is null || HasPrecedence(previous, set)
                ? DeepMerge(merged ?? Empty(), set.Values)
                : DeepMerge(new Dictionary<string, object?>(set.Values, StringComparer.OrdinalIgnoreCase), merged ?? Empty());
            if (previous is null || HasPrecedence(previous, set))
            {
                previous = set;
            }
        }

        return merged is null ? fields : DeepMerge(merged, fields);
    }

    private static bool HasPrecedence(JekyllDefault old, JekyllDefault candidate) =>
        candidate.Path.Length != old.Path.Length ? candidate.Path.Length >= old.Path.Length
        : candidate.HasType || !old.HasType;

    private static Dictionary<string, object?> Empty() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>Utils.deep_merge_hashes</c>: the overwrite's values win; nested mappings are merged key by key.</summary>
    private static Dictionary<string, object?> DeepMerge(IReadOnlyDictionary<string, object?> target, IReadOnlyDictionary<string, object?> overwrite)
    {
        var result = new Dictionary<string, object?>(target, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in overwrite)
        {
            result[key] = result.TryGetValue(key, out var old) && old is IReadOnlyDictionary<string, object?> oldMap
                && value is IReadOnlyDictionary<string, object?> newMap
                ? DeepMerge(oldMap, newMap)
                : value;
        }

        return result;
    }
}

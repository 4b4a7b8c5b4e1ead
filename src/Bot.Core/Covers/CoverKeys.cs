using Bot.Core.Repository;

namespace Bot.Core.Covers;

/// <summary>
/// The front matter keys that name a post's cover and how one is read: <c>a.b</c> is key <c>b</c> of the map under
/// <c>a</c>, <c>a[0]</c> the first item of the list <c>a</c>; a list where a single value is expected gives its first
/// item. A boolean (Butterfly's <c>cover: false</c>) or an empty value names no image.
/// </summary>
public static class CoverKeys
{
    /// <summary>The keys every generator reads, in this order, before its themes' own.</summary>
    public static IReadOnlyList<string> Common { get; } = ["cover", "image", "thumbnail", "banner", "featured_image", "images[0]"];

    /// <summary>The first key of <paramref name="keys"/> that names an image, with its value.</summary>
    public static (string Key, string Value)? First(IReadOnlyDictionary<string, object?> fields, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (Read(fields, key) is { } value)
            {
                return (key, value);
            }
        }

        return null;
    }

    /// <summary>The image path or URL under <paramref name="key"/>, or null when it names none.</summary>
    public static string? Read(IReadOnlyDictionary<string, object?> fields, string key)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(key);
        object? value = fields;
        foreach (var part in key.Split('.'))
        {
            var firstItem = part.EndsWith("[0]", StringComparison.Ordinal);
            var name = firstItem ? part[..^3] : part;
            if (value is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(name, out value))
            {
                return null;
            }

            if (firstItem && value is not string && value is IEnumerable<object?> items)
            {
                value = items.FirstOrDefault();
            }
        }

        if (value is not string && value is IEnumerable<object?> list and not IReadOnlyDictionary<string, object?>)
        {
            value = list.FirstOrDefault();
        }

        var text = value is IReadOnlyDictionary<string, object?> ? null : FrontMatterValues.AsString(value)?.Trim();
        return string.IsNullOrEmpty(text) || value is bool || IsBooleanWord(text) ? null : text;
    }

    private static bool IsBooleanWord(string text) =>
        text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase)
        || text.Equals("null", StringComparison.OrdinalIgnoreCase) || text == "~";
}

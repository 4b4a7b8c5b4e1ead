using System.Globalization;

namespace Bot.Core.Repository;

/// <summary>
/// Reads front matter values. YAML and TOML are both normalized to strings (scalars), lists and string-keyed
/// dictionaries, so one set of rules serves every layout.
/// </summary>
public static class FrontMatterValues
{
    public static string? GetString(IReadOnlyDictionary<string, object?> fields, string key) =>
        fields.TryGetValue(key, out var value) ? AsString(value) : null;

    public static string? AsString(object? value) => value switch
    {
        null => null,
        string s => s,
        IEnumerable<object?> => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>True for YAML and TOML booleans (<c>true</c>, <c>yes</c>, <c>on</c>), null when the key is absent.</summary>
    public static bool? GetBool(IReadOnlyDictionary<string, object?> fields, string key)
    {
        var text = GetString(fields, key)?.Trim().ToLowerInvariant();
        return text switch
        {
            null or "" => null,
            "true" or "yes" or "on" or "y" => true,
            "false" or "no" or "off" or "n" => false,
            _ => null,
        };
    }

    /// <summary>A list value as its items, a scalar as a one-item list, absent or empty as an empty list.</summary>
    public static IReadOnlyList<object?> GetList(IReadOnlyDictionary<string, object?> fields, string key) =>
        !fields.TryGetValue(key, out var value) ? []
        : value is not string && value is IEnumerable<object?> items ? [.. items]
        : AsString(value) is { Length: > 0 } single ? [single]
        : [];

    public static bool Has(IReadOnlyDictionary<string, object?> fields, string key) =>
        fields.TryGetValue(key, out var value) && value is not null && !(value is string s && s.Length == 0);
}

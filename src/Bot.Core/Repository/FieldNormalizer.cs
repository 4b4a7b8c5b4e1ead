using System.Collections;
using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace Bot.Core.Repository;

/// <summary>Turns YAML and TOML object models into strings, lists and case-insensitive dictionaries.</summary>
internal static class FieldNormalizer
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        TomlDateTime date => date.ToString(),
        bool b => b ? "true" : "false",
        IDictionary<object, object?> map => ToDictionary(map.Select(kv => (Convert.ToString(kv.Key, CultureInfo.InvariantCulture) ?? string.Empty, kv.Value))),
        TomlTable table => ToDictionary(table.Select(kv => (kv.Key, (object?)kv.Value))),
        IDictionary dictionary => ToDictionary(dictionary.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value))),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Dictionary<string, object?> ToDictionary(IEnumerable<(string Key, object? Value)> entries)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            result.TryAdd(key, Normalize(value));
        }

        return result;
    }
}

using System.Collections;

namespace Bot.Core.Generators;

/// <summary>
/// A read-only string map compared by content, so a settings record holding one has value equality: a changed entry
/// makes the settings unequal and the scanner re-parses every file.
/// </summary>
public sealed class ValueDictionary : IReadOnlyDictionary<string, string>, IEquatable<ValueDictionary>
{
    private readonly Dictionary<string, string> entries;

    public ValueDictionary(IEnumerable<KeyValuePair<string, string>> entries, IEqualityComparer<string>? comparer = null) =>
        this.entries = new Dictionary<string, string>(entries, comparer ?? StringComparer.Ordinal);

    public static ValueDictionary Empty { get; } = new([]);

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<string> Values => entries.Values;

    public string this[string key] => entries[key];

    public static implicit operator ValueDictionary(Dictionary<string, string> map) => new(map, map.Comparer);

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => entries.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueDictionary? other) =>
        other is not null && other.Count == Count
        && entries.All(kv => other.entries.TryGetValue(kv.Key, out var value) && string.Equals(value, kv.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ValueDictionary);

    public override int GetHashCode() => Count;
}

using System.Collections;

namespace Bot.Core.Generators;

/// <summary>A read-only set of strings compared by content (see <see cref="ValueDictionary"/>).</summary>
public sealed class ValueSet : IReadOnlySet<string>, IEquatable<ValueSet>
{
    private readonly HashSet<string> items;

    public ValueSet(IEnumerable<string> items) => this.items = new HashSet<string>(items, StringComparer.Ordinal);

    public static ValueSet Empty { get; } = new([]);

    public int Count => items.Count;

    public static implicit operator ValueSet(HashSet<string> set) => new(set);

    public bool Contains(string item) => items.Contains(item);

    public bool IsProperSubsetOf(IEnumerable<string> other) => items.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => items.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => items.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => items.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => items.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => items.SetEquals(other);

    public IEnumerator<string> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueSet? other) => other is not null && items.SetEquals(other.items);

    public override bool Equals(object? obj) => Equals(obj as ValueSet);

    public override int GetHashCode() => Count;
}

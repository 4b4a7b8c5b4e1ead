using System.Text.Json;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// One set of Jekyll front matter <c>defaults</c>: the scope (<c>path</c> prefix, optional <c>type</c>) and the values
/// it gives. Compared by scope and values, so a changed default makes the scanner re-read every post.
/// </summary>
public sealed record JekyllDefault(string ScopePath, string? ScopeType, IReadOnlyDictionary<string, object?> Values)
{
    private readonly string canonical = JsonSerializer.Serialize(Values);

    /// <summary>The scope path as Jekyll's <c>sanitize_path</c> leaves it: without a leading slash.</summary>
    public string Path { get; } = ScopePath.StartsWith('/') ? ScopePath.TrimStart('/') : ScopePath;

    public bool HasType => ScopeType is not null;

    /// <summary><c>applies?</c>: the type matches when given, and the document path starts with the scope path.</summary>
    public bool AppliesTo(string relativePath, string type) =>
        (ScopeType is null || string.Equals(ScopeType, type, StringComparison.Ordinal))
        && relativePath.StartsWith(Path, StringComparison.Ordinal);

    public bool Equals(JekyllDefault? other) =>
        other is not null && ScopePath == other.ScopePath && ScopeType == other.ScopeType && canonical == other.canonical;

    public override int GetHashCode() => HashCode.Combine(ScopePath, ScopeType, canonical);
}

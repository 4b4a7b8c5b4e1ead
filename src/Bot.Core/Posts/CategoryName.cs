using System.Text;

namespace Bot.Core.Posts;

/// <summary>
/// How category names are compared everywhere: Unicode compatibility form (full-width and half-width letters are the
/// same), then case-insensitive.
/// </summary>
public static class CategoryName
{
    public static StringComparer Comparer { get; } = new NormalizingComparer();

    public static string Normalize(string name) =>
        name.Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    public static bool AreSame(string a, string b) => Comparer.Equals(a, b);

    private sealed class NormalizingComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            string.CompareOrdinal(x is null ? null : Normalize(x), y is null ? null : Normalize(y));

        public override bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(Normalize(x), Normalize(y), StringComparison.Ordinal));

        public override int GetHashCode(string obj) => Normalize(obj).GetHashCode(StringComparison.Ordinal);
    }
}

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// A page's taxonomy terms as Hugo 0.111 lists them (<c>.GetTerms</c>): names with the same key (the name through
/// <c>MakePath</c>, lower-cased) are one term, which sits where it was last written and is spelled that way, so
/// <c>[Go, Web Dev, Go]</c> gives <c>[Web Dev, Go]</c> and <c>[Rust, rust]</c> gives <c>[rust]</c>.
/// </summary>
internal static class HugoTerms
{
    public static List<string> Of(IReadOnlyList<string> names)
    {
        var keys = names.Select(name => HugoUrlize.MakePath(name)).ToList();
        return [.. names.Where((_, index) => keys.LastIndexOf(keys[index]) == index)];
    }
}

using Bot.Core.Generators.Hexo;
using Bot.Core.Generators.Hugo;
using Bot.Core.Generators.Jekyll;
using Bot.Core.Generators.Plain;
using Bot.Core.Repository;

namespace Bot.Core.Generators;

/// <summary>
/// The known generators in detection order: the first that recognizes a repository reads it, plain Markdown last.
/// Hexo comes before Jekyll because both use <c>_config.yml</c>; Hugo before Jekyll for sites with both configs.
/// </summary>
public static class SiteGenerators
{
    public static readonly IReadOnlyList<ISiteGenerator> All =
    [
        new HexoGenerator(),
        new HugoGenerator(),
        new JekyllGenerator(),
        new PlainGenerator(),
    ];

    public static ISiteGenerator For(RepositoryLayout layout) =>
        All.FirstOrDefault(g => g.Layout == layout) ?? All[^1];

    /// <summary>The layout of the first generator that recognizes <paramref name="root"/>.</summary>
    public static RepositoryLayout Detect(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return All.First(g => g.Recognizes(root)).Layout;
    }
}

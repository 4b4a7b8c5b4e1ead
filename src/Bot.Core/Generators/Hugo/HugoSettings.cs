using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>The Hugo config settings that only Hugo has.</summary>
public sealed record HugoSettings : GeneratorSettings
{
    public static HugoSettings Default { get; } = new();

    /// <summary><c>[permalinks]</c> (or <c>[permalinks.page]</c>): a pattern per section, section names case-insensitive.</summary>
    public ValueDictionary SectionPermalinks { get; init; } = ValueDictionary.Empty;

    /// <summary>
    /// Folders under the content folder (relative, <c>/</c> separators) that are sections, what <c>:sections</c>
    /// lists: every top-level folder, and a deeper folder only when it holds an <c>_index</c> page.
    /// </summary>
    public ValueSet Sections { get; init; } = ValueSet.Empty;

    /// <summary>Hugo lower-cases paths unless <c>disablePathToLower</c>.</summary>
    public bool PathToLower { get; init; } = true;

    /// <summary>The Hugo settings of <paramref name="site"/>, or Hugo's defaults when it carries none.</summary>
    public static HugoSettings Of(SiteSettings site) => site.Generator as HugoSettings ?? Default;

    public override GeneratorSettings WithPermalinkOverride() => this with { SectionPermalinks = ValueDictionary.Empty };
}

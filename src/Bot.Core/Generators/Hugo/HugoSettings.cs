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

    /// <summary>The configured <c>[languages]</c> (lower-case keys); empty for a site with one language.</summary>
    public ValueSet Languages { get; init; } = ValueSet.Empty;

    /// <summary><c>defaultContentLanguage</c>: its pages are published without a language folder…</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>…unless <c>defaultContentLanguageInSubdir</c>.</summary>
    public bool DefaultLanguageInSubdir { get; init; }

    /// <summary><c>uglyURLs = true</c>: pages are published as <c>…/name.html</c>.</summary>
    public bool UglyUrls { get; init; }

    /// <summary>The sections a <c>[uglyURLs]</c> table turns on, when it is a table rather than a boolean.</summary>
    public ValueSet UglySections { get; init; } = ValueSet.Empty;

    /// <summary>Hugo lower-cases paths unless <c>disablePathToLower</c>.</summary>
    public bool PathToLower { get; init; } = true;

    /// <summary><c>params.mainSections</c> when the site sets it; else Hugo takes the biggest section.</summary>
    public ValueList<string>? MainSections { get; init; }

    /// <summary>The Hugo settings of <paramref name="site"/>, or Hugo's defaults when it carries none.</summary>
    public static HugoSettings Of(SiteSettings site) => site.Generator as HugoSettings ?? Default;

    public override GeneratorSettings WithPermalinkOverride() => this with { SectionPermalinks = ValueDictionary.Empty };
}

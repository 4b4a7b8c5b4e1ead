using Bot.Core.Generators;

namespace Bot.Core.Repository;

/// <summary>
/// What the generator's site config (plus the <c>Repository</c> overrides) says about reading posts and building links.
/// Read once per scan by <see cref="SiteConfigReader"/>. A record with value equality throughout (its collections are
/// <see cref="ValueList{T}"/>, <see cref="ValueDictionary"/>, <see cref="ValueSet"/>): two reads of an unchanged site are
/// equal, and any changed setting, however new, makes the scanner re-parse every file.
/// </summary>
public sealed record SiteSettings
{
    public required RepositoryLayout Layout { get; init; }

    /// <summary>Absolute path of the repository root.</summary>
    public required string RootPath { get; init; }

    /// <summary>Scheme, host and base path the links start with, without a trailing slash.</summary>
    public required string SiteUrl { get; init; }

    /// <summary>Hexo <c>permalink</c>, Jekyll <c>permalink</c> (a style name or a template), Hugo's default pattern.</summary>
    public required string Permalink { get; init; }

    /// <summary>Time zone for dates written without an offset.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Jekyll <c>excerpt_separator</c> when the site sets one.</summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary>Folders (relative to the root, <c>/</c> separators) that hold post files.</summary>
    public ValueList<string> PostFolders { get; init; } = [];

    /// <summary>The site config file read, relative to the root, or null when there is none.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The settings only one generator has (Hexo's <c>category_map</c>, Hugo's sections...), or null.</summary>
    public GeneratorSettings? Generator { get; init; }
}

using Bot.Core.Links;

namespace Bot.Core.Repository;

/// <summary>
/// What the generator's site config (plus the <c>Repository</c> overrides) says about reading posts and building links.
/// Read once per scan by <see cref="SiteConfigReader"/>.
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

    /// <summary>Hugo <c>[permalinks]</c>: a pattern per section.</summary>
    public IReadOnlyDictionary<string, string> SectionPermalinks { get; init; } = new Dictionary<string, string>();

    /// <summary>Hexo <c>permalink_defaults</c>: values for tokens a post does not set.</summary>
    public IReadOnlyDictionary<string, string> PermalinkDefaults { get; init; } = new Dictionary<string, string>();

    /// <summary>Hexo <c>category_map</c>: the slug to use for a category name.</summary>
    public IReadOnlyDictionary<string, string> CategoryMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Hexo <c>default_category</c>, used by <c>:category</c> when a post has none.</summary>
    public string DefaultCategory { get; init; } = "uncategorized";

    /// <summary>Hexo <c>pretty_urls.trailing_index</c>: false drops a trailing <c>index.html</c>.</summary>
    public bool TrailingIndex { get; init; } = true;

    /// <summary>Hexo <c>pretty_urls.trailing_html</c>: false drops a trailing <c>.html</c>.</summary>
    public bool TrailingHtml { get; init; } = true;

    /// <summary>Hexo <c>new_post_name</c>: the file name pattern a post's slug (<c>:title</c>) is read from.</summary>
    public string NewPostName { get; init; } = HexoFileSlug.DefaultNewPostName;

    /// <summary>Hexo <c>post_asset_folder</c>: a permalink not ending in <c>/</c> or <c>.html</c> gets a trailing <c>/</c>.</summary>
    public bool PostAssetFolder { get; init; }

    /// <summary>
    /// Hugo: folders under the content folder (relative, <c>/</c> separators) that are sections, what <c>:sections</c>
    /// lists: every top-level folder, and a deeper folder only when it holds an <c>_index</c> page.
    /// </summary>
    public IReadOnlySet<string> HugoSections { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Hugo lower-cases paths unless <c>disablePathToLower</c>.</summary>
    public bool PathToLower { get; init; } = true;

    /// <summary>Jekyll <c>excerpt_separator</c> when the site sets one.</summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary>Folders (relative to the root, <c>/</c> separators) that hold post files.</summary>
    public IReadOnlyList<string> PostFolders { get; init; } = [];

    /// <summary>The site config file read, relative to the root, or null when there is none.</summary>
    public string? ConfigFile { get; init; }
}

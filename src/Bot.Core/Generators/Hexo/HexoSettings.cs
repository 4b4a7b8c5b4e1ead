using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>The Hexo <c>_config.yml</c> settings that only Hexo has.</summary>
public sealed record HexoSettings : GeneratorSettings
{
    public static HexoSettings Default { get; } = new();

    /// <summary><c>permalink_defaults</c>: values for tokens a post does not set.</summary>
    public ValueDictionary PermalinkDefaults { get; init; } = ValueDictionary.Empty;

    /// <summary><c>category_map</c>: the slug to use for a category name.</summary>
    public ValueDictionary CategoryMap { get; init; } = ValueDictionary.Empty;

    /// <summary><c>default_category</c>, used by <c>:category</c> when a post has none.</summary>
    public string DefaultCategory { get; init; } = "uncategorized";

    /// <summary><c>pretty_urls.trailing_index</c>: false drops a trailing <c>index.html</c>.</summary>
    public bool TrailingIndex { get; init; } = true;

    /// <summary><c>pretty_urls.trailing_html</c>: false drops a trailing <c>.html</c>.</summary>
    public bool TrailingHtml { get; init; } = true;

    /// <summary><c>new_post_name</c>: the file name pattern a post's slug (<c>:title</c>) is read from.</summary>
    public string NewPostName { get; init; } = HexoFileSlug.DefaultNewPostName;

    /// <summary><c>post_asset_folder</c>: a permalink not ending in <c>/</c> or <c>.html</c> gets a trailing <c>/</c>.</summary>
    public bool PostAssetFolder { get; init; }

    /// <summary>The Hexo settings of <paramref name="site"/>, or Hexo's defaults when it carries none.</summary>
    public static HexoSettings Of(SiteSettings site) => site.Generator as HexoSettings ?? Default;
}

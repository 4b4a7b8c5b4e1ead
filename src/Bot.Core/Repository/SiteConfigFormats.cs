using Bot.Core.Links;

namespace Bot.Core.Repository;

/// <summary>Each generator's config keys and defaults, turned into <see cref="SiteSettings"/>.</summary>
internal static class SiteConfigFormats
{
    public static SiteSettings Hexo(string root, IReadOnlyDictionary<string, object?> config, TimeZoneInfo fallbackZone)
    {
        var url = (FrontMatterValues.GetString(config, "url") ?? "http://example.com").TrimEnd('/');
        var siteRoot = FrontMatterValues.GetString(config, "root") ?? "/";
        if (Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.AbsolutePath == "/" && siteRoot.Trim('/').Length > 0)
        {
            // `url` should already carry the sub-folder; when it does not, `root` says where the site lives.
            url += "/" + siteRoot.Trim('/');
        }

        var prettyUrls = config.TryGetValue("pretty_urls", out var pretty) && pretty is IReadOnlyDictionary<string, object?> p ? p : null;
        var sourceDir = (FrontMatterValues.GetString(config, "source_dir") ?? "source").Trim('/');
        return new SiteSettings
        {
            Layout = RepositoryLayout.Hexo,
            RootPath = root,
            SiteUrl = url,
            Permalink = FrontMatterValues.GetString(config, "permalink") ?? ":year/:month/:day/:title/",
            TimeZone = Zone(config, "timezone", root, "_config.yml", fallbackZone),
            PermalinkDefaults = StringMap(config, "permalink_defaults"),
            CategoryMap = StringMap(config, "category_map"),
            DefaultCategory = FrontMatterValues.GetString(config, "default_category") ?? "uncategorized",
            TrailingIndex = prettyUrls is null || FrontMatterValues.GetBool(prettyUrls, "trailing_index") != false,
            TrailingHtml = prettyUrls is null || FrontMatterValues.GetBool(prettyUrls, "trailing_html") != false,
            PostAssetFolder = FrontMatterValues.GetBool(config, "post_asset_folder") == true,
            NewPostName = FrontMatterValues.GetString(config, "new_post_name") is { Length: > 0 } newPostName ? newPostName : HexoFileSlug.DefaultNewPostName,
            PostFolders = [sourceDir + "/_posts", sourceDir + "/_drafts"],
            ConfigFile = "_config.yml",
        };
    }

    public static SiteSettings Jekyll(string root, IReadOnlyDictionary<string, object?> config, TimeZoneInfo fallbackZone)
    {
        var url = (FrontMatterValues.GetString(config, "url") is { Length: > 0 } u ? u : "http://localhost:4000").TrimEnd('/');
        var baseUrl = (FrontMatterValues.GetString(config, "baseurl") ?? string.Empty).Trim('/');
        return new SiteSettings
        {
            Layout = RepositoryLayout.Jekyll,
            RootPath = root,
            SiteUrl = baseUrl.Length > 0 ? url + "/" + baseUrl : url,
            Permalink = FrontMatterValues.GetString(config, "permalink") is { Length: > 0 } style ? style : "date",
            TimeZone = Zone(config, "timezone", root, "_config.yml", fallbackZone),
            ExcerptSeparator = FrontMatterValues.GetString(config, "excerpt_separator"),
            PostFolders = ["_posts", "_drafts"],
            ConfigFile = "_config.yml",
        };
    }

    public static SiteSettings Hugo(string root, string? configFile, IReadOnlyDictionary<string, object?> config, TimeZoneInfo fallbackZone)
    {
        var baseUrl = FrontMatterValues.GetString(config, "baseURL") is { Length: > 1 } b ? b.TrimEnd('/') : "http://localhost:1313";
        var sections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (config.TryGetValue("permalinks", out var permalinks) && permalinks is IReadOnlyDictionary<string, object?> table)
        {
            // Hugo 0.112+ nests page patterns under [permalinks.page]; older sites list sections directly.
            var pages = table.TryGetValue("page", out var page) && page is IReadOnlyDictionary<string, object?> nested ? nested : table;
            foreach (var (section, pattern) in pages)
            {
                if (FrontMatterValues.AsString(pattern) is { Length: > 0 } text)
                {
                    sections[section] = text;
                }
            }
        }

        var contentDir = (FrontMatterValues.GetString(config, "contentDir") ?? "content").Trim('/');
        return new SiteSettings
        {
            Layout = RepositoryLayout.Hugo,
            RootPath = root,
            SiteUrl = baseUrl,
            Permalink = HugoPermalink.DefaultPattern,
            SectionPermalinks = sections,
            HugoSections = HugoSectionFinder.Find(Path.Combine(root, contentDir)),
            TimeZone = Zone(config, "timeZone", root, configFile ?? "hugo.toml", fallbackZone),
            PathToLower = FrontMatterValues.GetBool(config, "disablePathToLower") != true,
            PostFolders = [contentDir],
            ConfigFile = configFile,
        };
    }

    private static TimeZoneInfo Zone(IReadOnlyDictionary<string, object?> config, string key, string root, string file, TimeZoneInfo fallback)
    {
        if (FrontMatterValues.GetString(config, key) is not { Length: > 0 } id)
        {
            return fallback;
        }

        return TimeZones.TryFind(id, out var zone)
            ? zone
            : throw new RepositoryUnavailableException($"Site config '{Path.Combine(root, file)}': {key} '{id}' is not a known time zone.");
    }

    private static Dictionary<string, string> StringMap(IReadOnlyDictionary<string, object?> config, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config.TryGetValue(key, out var value) && value is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (name, item) in map)
            {
                if (FrontMatterValues.AsString(item) is { } text)
                {
                    result[name] = text;
                }
            }
        }

        return result;
    }
}

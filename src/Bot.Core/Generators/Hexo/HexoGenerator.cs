using Bot.Core.Covers;
using Bot.Core.Links;
using Bot.Core.Posts;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Hexo: a <c>_config.yml</c> with <c>source/_posts</c> or <c>source/_drafts</c>. Posts are the files under
/// <c>&lt;source_dir&gt;/_posts</c>, drafts those under <c>_drafts</c>. Categories: <c>categories</c> (or
/// <c>category</c>); a flat list is one hierarchy (<c>[A, B]</c> = B under A) unless it holds a nested list, in which
/// case each item is its own hierarchy.
/// </summary>
public sealed class HexoGenerator : ISiteGenerator
{
    private const string ConfigFile = "_config.yml";

    public RepositoryLayout Layout => RepositoryLayout.Hexo;

    public bool Recognizes(string root) =>
        File.Exists(Path.Combine(root, ConfigFile))
        && (Directory.Exists(Path.Combine(root, "source", "_posts")) || Directory.Exists(Path.Combine(root, "source", "_drafts")));

    public SiteSettings ReadSite(SiteSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = source.Root;
        var config = SiteConfigFile.Load(root, ConfigFile, HexoFrontMatter.EscapeTabs);
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
            TimeZone = SiteConfigFile.Zone(config, "timezone", root, ConfigFile, source.FallbackZone),
            PostFolders = [sourceDir + "/_posts", sourceDir + "/_drafts"],
            ConfigFile = ConfigFile,
            Notes = FrontMatterValues.GetString(config, "timezone") is { Length: > 0 } || source.FallbackZoneConfigured ? [] :
            [
                $"{ConfigFile} sets no timezone, so Hexo dates follow the zone of the machine that builds the site; "
                    + $"set Repository:TimeZone to that zone ({source.FallbackZone.Id} is assumed)",
            ],
            Generator = new HexoSettings
            {
                PermalinkDefaults = SiteConfigFile.StringMap(config, "permalink_defaults"),
                CategoryMap = SiteConfigFile.StringMap(config, "category_map"),
                DefaultCategory = FrontMatterValues.GetString(config, "default_category") ?? "uncategorized",
                TrailingIndex = prettyUrls is null || FrontMatterValues.GetBool(prettyUrls, "trailing_index") != false,
                TrailingHtml = prettyUrls is null || FrontMatterValues.GetBool(prettyUrls, "trailing_html") != false,
                PostAssetFolder = FrontMatterValues.GetBool(config, "post_asset_folder") == true,
                NewPostName = FrontMatterValues.GetString(config, "new_post_name") is { Length: > 0 } newPostName ? newPostName : HexoFileSlug.DefaultNewPostName,
                RenderableExtensions = HexoRenderers.Extensions(root),
            },
        };
    }

    public IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(site);
        var hexo = HexoSettings.Of(site);
        IReadOnlySet<string> extensions = hexo.PostAssetFolder
            ? new HashSet<string>([Path.GetExtension(hexo.NewPostName)], StringComparer.OrdinalIgnoreCase)
            : hexo.RenderableExtensions;
        var files = new List<PostFile>();
        PostFolderWalk.AddUnder(site, site.PostFolders[0], drafts: false, files, warn, IsHidden, extensions);
        PostFolderWalk.AddUnder(site, site.PostFolders[1], drafts: true, files, warn, IsHidden, extensions);
        return files;
    }

    public FrontMatter ReadFrontMatter(string text) => HexoFrontMatter.Parse(text);

    public IReadOnlyList<Post> Arrange(IReadOnlyList<Post> posts) => HexoTagOrder.Arrange(posts);

    public string? PublishedTitle(IReadOnlyDictionary<string, object?> fields, string fileNameWithoutDate) =>
        FrontMatterValues.GetString(fields, "title") ?? string.Empty;

    /// <summary>Hexo's <c>isHiddenFile</c>: a file or folder whose name starts with <c>_</c> or <c>.</c> is not a post.</summary>
    private static bool IsHidden(string name) => name.StartsWith('_') || name.StartsWith('.');

    public bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date) => HexoDates.TryParse(text, zone, out date);

    public PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var items = TaxonomyValues.Categories(fields);
        var hasHierarchy = items.Any(i => i is IEnumerable<object?>);
        var hierarchies = hasHierarchy
            ? items.Select(i => i is IEnumerable<object?> list ? TaxonomyValues.Scalars(list) : TaxonomyValues.Scalars([i])).Where(h => h.Count > 0).ToList()
            : [TaxonomyValues.Scalars(items)];
        var all = TaxonomyValues.Distinct(hierarchies.SelectMany(h => h));
        return new PostTaxonomy(all, hierarchies.Count > 0 ? hierarchies[^1] : [], TaxonomyValues.Tags(fields));
    }

    public string TitleFromFileName(string fileNameWithoutDate) => fileNameWithoutDate;

    public string LinkPath(PostFile file, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(file);
        return HexoFileSlug.From(HexoSettings.Of(site).NewPostName, file.PostPath);
    }

    public string BuildLink(PostLinkInput post, SiteSettings site) => HexoPermalink.Build(post, site);

    public IReadOnlyList<string> CoverKeys => HexoCovers.Keys;

    public string? ResolveCover(CoverReference reference, SiteSettings site) => HexoCovers.Resolve(reference, site);
}

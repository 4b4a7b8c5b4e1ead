using Bot.Core.Covers;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll: a <c>_config.yml</c> or a <c>_posts/</c> folder. Posts are the files in <c>_posts/</c> and
/// <c>&lt;category&gt;/_posts/</c> (the folders above become categories), drafts those in <c>_drafts/</c>.
/// Categories: the folders, then <c>categories</c> (a list or a space-separated string), then <c>category</c> as written;
/// tags from <c>tag</c> (as written) or <c>tags</c> (a string split on spaces), duplicates kept as Jekyll keeps them.
/// </summary>
public sealed class JekyllGenerator : ISiteGenerator
{
    private const string ConfigFile = "_config.yml";
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "_site", "node_modules", "vendor", "_drafts", "_layouts", "_includes", "_sass", "_data" };

    public RepositoryLayout Layout => RepositoryLayout.Jekyll;

    public bool Recognizes(string root) =>
        File.Exists(Path.Combine(root, ConfigFile)) || Directory.Exists(Path.Combine(root, "_posts"));

    public SiteSettings ReadSite(SiteSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var config = SiteConfigFile.Load(source.Root, ConfigFile);
        // The absolute_url filter joins url as written (a trailing slash stays: "https://x.io/" gives "https://x.io//p/"),
        // baseurl without its trailing slash and with a leading one, then the post's path.
        var url = FrontMatterValues.GetString(config, "url") is { Length: > 0 } u ? u : "http://localhost:4000";
        var baseUrl = (FrontMatterValues.GetString(config, "baseurl") ?? string.Empty).TrimEnd('/');
        return new SiteSettings
        {
            Layout = RepositoryLayout.Jekyll,
            RootPath = source.Root,
            SiteUrl = baseUrl.Length == 0 ? url : url + (baseUrl.StartsWith('/') ? baseUrl : "/" + baseUrl),
            Permalink = FrontMatterValues.GetString(config, "permalink") is { Length: > 0 } style ? style : "date",
            TimeZone = Zone(config, source.FallbackZone),
            ExcerptSeparator = FrontMatterValues.GetString(config, "excerpt_separator"),
            PostFolders = ["_posts", "_drafts"],
            ConfigFile = ConfigFile,
            Generator = new JekyllSettings { Defaults = JekyllDefaults.Read(config) },
        };
    }

    /// <summary>
    /// Jekyll puts <c>timezone</c> in the <c>TZ</c> environment variable as it is; the C library reads a name it does
    /// not know (<c>CN</c>, <c>+0100</c>) as UTC, and Jekyll 4.3.1 builds without a word, so an unknown zone is UTC.
    /// </summary>
    private static TimeZoneInfo Zone(IReadOnlyDictionary<string, object?> config, TimeZoneInfo fallback) =>
        FrontMatterValues.GetString(config, "timezone") is not { Length: > 0 } id ? fallback
        : TimeZones.TryFind(id, out var zone) ? zone
        : TimeZoneInfo.Utc;

    public IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = site.RootPath;
        var files = new List<PostFile>();
        PostFolderWalk.AddUnder(site, "_drafts", drafts: true, files, warn);
        DirectoryWalker.Walk(root, root, name => !Skipped.Contains(name) && !name.StartsWith('_') || name == "_posts", file =>
        {
            var parts = DirectoryWalker.Relative(root, file.FullPath).Split('/');
            var postsIndex = Array.IndexOf(parts, "_posts");
            if (postsIndex >= 0 && JekyllFileName.IsPostName(parts[^1]))
            {
                files.Add(PostFolderWalk.Make(root, file, string.Join('/', parts[(postsIndex + 1)..]), false, parts[..postsIndex]));
            }
        }, warn, site.FollowLinksOutside);
        return files;
    }

    public FrontMatter ReadFrontMatter(string text) => FrontMatterParser.Parse(text);

    public string? PublishedTitle(IReadOnlyDictionary<string, object?> fields, string fileNameWithoutDate) =>
        FrontMatterValues.GetString(fields, "title") is { Length: > 0 } own ? own : TitleFromFileName(fileNameWithoutDate);

    /// <summary>
    /// Psych (and SafeYAML) read a date-time without offset as UTC, then Jekyll shows it in the site's <c>timezone</c>;
    /// a date without a time is midnight in the site's zone; an offset is kept (checked with Jekyll 4.3.1).
    /// </summary>
    public bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!PostDates.TryParse(text, zone, out date, out var hasOffset))
        {
            return false;
        }

        if (!hasOffset && text.Contains(':', StringComparison.Ordinal))
        {
            date = TimeZoneInfo.ConvertTime(new DateTimeOffset(date.DateTime, TimeSpan.Zero), zone);
        }

        return true;
    }

    public PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(file);
        // populate_categories: the folders and `categories` (a string split on spaces), then `category` as written when
        // set (else `categories` again), duplicates dropped.
        IEnumerable<string> plural = FrontMatterValues.GetString(fields, "categories") is { } spaced
            ? SplitSpaces(spaced)
            : TaxonomyValues.Scalars(FrontMatterValues.GetList(fields, "categories"));
        IEnumerable<string> singular = fields.TryGetValue("category", out var category) && category is not null
            ? TaxonomyValues.Scalars(category is IEnumerable<object?> list ? list : [category])
            : plural;
        var all = TaxonomyValues.Distinct(file.FolderCategories.Concat(plural).Concat(singular));
        // pluralized_array_from_hash: `tag` as it is when set, else `tags` (a string split on spaces); never de-duplicated.
        var tags = fields.TryGetValue("tag", out var tag) && tag is not null ? TaxonomyValues.Scalars(tag is IEnumerable<object?> tagList ? tagList : [tag])
            : FrontMatterValues.GetString(fields, "tags") is { } spacedTags ? [.. SplitSpaces(spacedTags)]
            : TaxonomyValues.Scalars(FrontMatterValues.GetList(fields, "tags"));
        return new PostTaxonomy(all, all, tags);
    }

    /// <summary>Jekyll titles a post without one from its file name slug ("my-first-post" becomes "My First Post").</summary>
    public string TitleFromFileName(string fileNameWithoutDate)
    {
        ArgumentNullException.ThrowIfNull(fileNameWithoutDate);
        return string.Join(' ', fileNameWithoutDate.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The path inside <c>_posts</c> with the file name's date prefix removed.</summary>
    public string LinkPath(PostFile file, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(file);
        var fileName = Path.GetFileName(file.PostPath);
        return JekyllFileName.TryStripDate(fileName, out _, out var rest) ? file.PostPath[..^fileName.Length] + rest : file.PostPath;
    }

    public string BuildLink(PostLinkInput post, SiteSettings site) => JekyllPermalink.Build(post, site);

    public IReadOnlyDictionary<string, object?> EffectiveFrontMatter(IReadOnlyDictionary<string, object?> fields, PostFile file, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(site);
        return JekyllDefaults.Apply(JekyllSettings.Of(site).Defaults, fields, file.Source);
    }

    public bool TryStripDatePrefix(string fileName, out DateTime date, out string rest) => JekyllFileName.TryStripDate(fileName, out date, out rest);

    private static string[] SplitSpaces(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> CoverKeys => JekyllCovers.Keys;

    public string? ResolveCover(CoverReference reference, SiteSettings site) => JekyllCovers.Resolve(reference, site);
}

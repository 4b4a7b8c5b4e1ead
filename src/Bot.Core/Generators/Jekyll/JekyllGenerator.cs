using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll: a <c>_config.yml</c> or a <c>_posts/</c> folder. Posts are the files in <c>_posts/</c> and
/// <c>&lt;category&gt;/_posts/</c> (the folders above become categories), drafts those in <c>_drafts/</c>.
/// Categories: the folders, then <c>category</c> (preferred) or <c>categories</c>, a list or a space-separated string;
/// tags likewise split on spaces.
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
        var url = (FrontMatterValues.GetString(config, "url") is { Length: > 0 } u ? u : "http://localhost:4000").TrimEnd('/');
        var baseUrl = (FrontMatterValues.GetString(config, "baseurl") ?? string.Empty).Trim('/');
        return new SiteSettings
        {
            Layout = RepositoryLayout.Jekyll,
            RootPath = source.Root,
            SiteUrl = baseUrl.Length > 0 ? url + "/" + baseUrl : url,
            Permalink = FrontMatterValues.GetString(config, "permalink") is { Length: > 0 } style ? style : "date",
            TimeZone = SiteConfigFile.Zone(config, "timezone", source.Root, ConfigFile, source.FallbackZone),
            ExcerptSeparator = FrontMatterValues.GetString(config, "excerpt_separator"),
            PostFolders = ["_posts", "_drafts"],
            ConfigFile = ConfigFile,
        };
    }

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
            if (postsIndex >= 0)
            {
                files.Add(PostFolderWalk.Make(root, file, string.Join('/', parts[(postsIndex + 1)..]), false, parts[..postsIndex]));
            }
        }, warn);
        return files;
    }

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
        var key = FrontMatterValues.Has(fields, "category") ? "category" : "categories";
        IEnumerable<string> own = FrontMatterValues.GetString(fields, key) is { } spaced && key == "categories"
            ? SplitSpaces(spaced)
            : TaxonomyValues.Scalars(FrontMatterValues.GetList(fields, key));
        var all = TaxonomyValues.Distinct(file.FolderCategories.Concat(own));
        var tags = FrontMatterValues.GetString(fields, TaxonomyValues.TagKey(fields)) is { } spacedTags
            ? TaxonomyValues.Distinct(SplitSpaces(spacedTags))
            : TaxonomyValues.Tags(fields);
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
        return DatePrefix.TryStrip(fileName, out _, out var rest) ? file.PostPath[..^fileName.Length] + rest : file.PostPath;
    }

    public string BuildLink(PostLinkInput post, SiteSettings site) => JekyllPermalink.Build(post, site);

    private static string[] SplitSpaces(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

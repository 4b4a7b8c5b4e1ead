using Bot.Core.Covers;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo: a <c>content/</c> folder with a config (<see cref="HugoConfig"/>). Posts are the pages under
/// <c>contentDir</c> in the main sections (<c>params.mainSections</c>, else the biggest section) except list pages
/// (<c>_index.md</c>), so <c>content/about.md</c> and other sections' pages are not posts; categories and tags are the <c>categories</c> and
/// <c>tags</c> taxonomies; a date with an offset keeps it, else it is in the site's <c>timeZone</c>.
/// </summary>
public sealed class HugoGenerator : ISiteGenerator
{
    public RepositoryLayout Layout => RepositoryLayout.Hugo;

    public bool Recognizes(string root) => Directory.Exists(Path.Combine(root, "content")) && HugoConfig.Files(root).Count > 0;

    public SiteSettings ReadSite(SiteSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = source.Root;
        var configFiles = HugoConfig.Files(root);
        var configFile = configFiles.Count > 0 ? configFiles[0] : null;
        var config = HugoConfig.Load(root, configFiles);
        var parameters = config.TryGetValue("params", out var p) && p is IReadOnlyDictionary<string, object?> table0 ? table0 : null;
        var mainSections = parameters is null ? [] : FrontMatterValues.GetList(parameters, "mainSections");
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
            TimeZone = SiteConfigFile.Zone(config, "timeZone", root, configFile ?? "hugo.toml", source.FallbackZone),
            PostFolders = [contentDir],
            ConfigFile = configFile,
            Generator = new HugoSettings
            {
                SectionPermalinks = sections,
                Sections = HugoSectionFinder.Find(Path.Combine(root, contentDir)),
                PathToLower = FrontMatterValues.GetBool(config, "disablePathToLower") != true,
                Languages = config.TryGetValue("languages", out var languages) && languages is IReadOnlyDictionary<string, object?> languageTable
                    ? new ValueSet(languageTable.Keys.Select(k => k.ToLowerInvariant()))
                    : ValueSet.Empty,
                DefaultLanguage = (FrontMatterValues.GetString(config, "defaultContentLanguage") ?? "en").ToLowerInvariant(),
                DefaultLanguageInSubdir = FrontMatterValues.GetBool(config, "defaultContentLanguageInSubdir") == true,
                UglyUrls = FrontMatterValues.GetBool(config, "uglyURLs") == true,
                UglySections = UglySections(config),
                MainSections = mainSections.Count == 0 ? null : [.. mainSections.Select(FrontMatterValues.AsString).OfType<string>()],
            },
        };
    }

    /// <summary>The sections set to true in an <c>uglyURLs</c> table (<c>[uglyURLs] posts = true</c>).</summary>
    private static ValueSet UglySections(Dictionary<string, object?> config) =>
        config.TryGetValue("uglyURLs", out var value) && value is IReadOnlyDictionary<string, object?> table
            ? new ValueSet(table.Where(kv => FrontMatterValues.AsString(kv.Value) is { } flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase)).Select(kv => kv.Key))
            : ValueSet.Empty;

    public IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(site);
        var files = new List<PostFile>();
        PostFolderWalk.AddUnder(site, site.PostFolders[0], drafts: false, files, warn, skip: name => name.StartsWith("_index.", StringComparison.OrdinalIgnoreCase));
        var mainSections = HugoSettings.Of(site).MainSections ?? BiggestSection(files);
        return [.. files.Where(f => f.PostPath.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 && mainSections.Contains(f.PostPath[..slash]))];
    }

    /// <summary>
    /// Hugo's default main section: the top-level section with the most regular pages at any depth, the first by name
    /// on a tie (checked with Hugo 0.111.3). Pages directly under the content folder belong to no section.
    /// </summary>
    private static ValueList<string> BiggestSection(List<PostFile> files)
    {
        var biggest = files
            .Select(f => f.PostPath.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? f.PostPath[..slash] : null)
            .OfType<string>()
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return biggest is null ? [] : [biggest.Key];
    }

    /// <summary>Hugo's page lexer ends front matter at the first line starting with the delimiter (<c>---more</c> too).</summary>
    public FrontMatter ReadFrontMatter(string text) => FrontMatterParser.Parse(text, closeOnLinePrefix: true);

    public string? PublishedTitle(IReadOnlyDictionary<string, object?> fields, string fileNameWithoutDate) =>
        FrontMatterValues.GetString(fields, "title") ?? string.Empty;

    public bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date) => HugoDates.TryParse(text, zone, out date);

    /// <summary>
    /// Hugo's taxonomies are read from their plural front matter keys only (<c>categories</c>, <c>tags</c>); a
    /// <c>category:</c> or <c>tag:</c> key is an ordinary parameter. Repeated names follow <see cref="HugoTerms"/>.
    /// </summary>
    public PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var categories = HugoTerms.Of(TaxonomyValues.Scalars(FrontMatterValues.GetList(fields, "categories")));
        var tags = HugoTerms.Of(TaxonomyValues.Scalars(FrontMatterValues.GetList(fields, "tags")));
        return new PostTaxonomy(categories, categories.Count > 0 ? [categories[^1]] : [], tags);
    }

    public string TitleFromFileName(string fileNameWithoutDate) => fileNameWithoutDate;

    public string LinkPath(PostFile file, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.PostPath;
    }

    public string BuildLink(PostLinkInput post, SiteSettings site) => HugoPermalink.Build(post, site);

    public IReadOnlyList<string> CoverKeys => HugoCovers.Keys;

    public string? ResolveCover(CoverReference reference, SiteSettings site) => HugoCovers.Resolve(reference, site);

    public string? FolderCover(PostFile file) => HugoCovers.FolderCover(file);
}

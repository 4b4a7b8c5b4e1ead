using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo: a <c>hugo.toml|hugo.yaml|config.toml|config.yaml</c> with a <c>content/</c> folder. Posts are the pages under
/// <c>contentDir</c> except list pages (<c>_index.md</c>); categories and tags are the <c>categories</c> and
/// <c>tags</c> taxonomies; a date with an offset keeps it, else it is in the site's <c>timeZone</c>.
/// </summary>
public sealed class HugoGenerator : ISiteGenerator
{
    public static readonly string[] ConfigFiles = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"];

    public RepositoryLayout Layout => RepositoryLayout.Hugo;

    public bool Recognizes(string root) => Directory.Exists(Path.Combine(root, "content")) && ConfigFileIn(root) is not null;

    /// <summary>The first Hugo config file present, relative to the root, or null.</summary>
    public static string? ConfigFileIn(string root) => ConfigFiles.FirstOrDefault(name => File.Exists(Path.Combine(root, name)));

    public SiteSettings ReadSite(SiteSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = source.Root;
        var configFile = ConfigFileIn(root);
        var config = SiteConfigFile.Load(root, configFile);
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
            },
        };
    }

    public IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(site);
        var files = new List<PostFile>();
        PostFolderWalk.AddUnder(site, site.PostFolders[0], drafts: false, files, warn, skip: name => name.StartsWith("_index.", StringComparison.OrdinalIgnoreCase));
        return files;
    }

    public bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date) => PostDates.TryParse(text, zone, out date);

    public PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file) => TaxonomyValues.Flat(fields);

    public string TitleFromFileName(string fileNameWithoutDate) => fileNameWithoutDate;

    public string LinkPath(PostFile file, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.PostPath;
    }

    public string BuildLink(PostLinkInput post, SiteSettings site) => HugoPermalink.Build(post, site);
}

using System.Globalization;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Plain;

/// <summary>
/// A folder of Markdown with no generator, the fallback for any repository: every Markdown file is a post, front
/// matter optional; the link is the source path without extension under <c>Repository:SiteUrl</c>
/// (pattern <see cref="DefaultPattern"/>, tokens <c>:path :slug :year :month :day</c>).
/// </summary>
public sealed class PlainGenerator : ISiteGenerator
{
    public const string DefaultPattern = "/:path/";

    public RepositoryLayout Layout => RepositoryLayout.Plain;

    public bool Recognizes(string root) => true;

    public SiteSettings ReadSite(SiteSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SiteSettings
        {
            Layout = RepositoryLayout.Plain,
            RootPath = source.Root,
            SiteUrl = "http://localhost",
            Permalink = DefaultPattern,
            TimeZone = source.FallbackZone,
            PostFolders = [string.Empty],
        };
    }

    public IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = site.RootPath;
        var files = new List<PostFile>();
        DirectoryWalker.Walk(root, root, name => name is not ("node_modules" or "bin" or "obj"),
            file => files.Add(PostFolderWalk.Make(root, file, DirectoryWalker.Relative(root, file.FullPath), false, [])), warn);
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

    public string BuildLink(PostLinkInput post, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        var path = PermalinkTemplate.Expand(site.Permalink, name => name switch
        {
            "path" => post.PostPath,
            "slug" => FrontMatterValues.GetString(post.FrontMatter, "slug") ?? post.PostPath[(post.PostPath.LastIndexOf('/') + 1)..],
            "year" => post.Date.ToString("yyyy", CultureInfo.InvariantCulture),
            "month" => post.Date.ToString("MM", CultureInfo.InvariantCulture),
            "day" => post.Date.ToString("dd", CultureInfo.InvariantCulture),
            _ => null,
        });
        return site.SiteUrl + PercentEncoding.EncodeUri(path.StartsWith('/') ? path : "/" + path);
    }
}

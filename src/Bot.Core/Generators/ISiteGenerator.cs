using Bot.Core.Covers;
using Bot.Core.Links;
using Bot.Core.Posts;
using Bot.Core.Repository;

namespace Bot.Core.Generators;

/// <summary>
/// One static site generator's rules, all in one place: how its sites are recognized, what its config says, which
/// files are posts, and how a post's dates, categories, tags and permalink come out of its front matter. Generators
/// are listed in <see cref="SiteGenerators"/>; adding one is a new folder and one line there.
/// </summary>
public interface ISiteGenerator
{
    RepositoryLayout Layout { get; }

    /// <summary>True when the files at <paramref name="root"/> look like this generator's site.</summary>
    bool Recognizes(string root);

    /// <summary>The site config as <see cref="SiteSettings"/>, the <c>Repository</c> overrides not yet applied.</summary>
    SiteSettings ReadSite(SiteSource source);

    /// <summary>Every file the generator treats as a post (drafts included, marked as such).</summary>
    IReadOnlyList<PostFile> FindPostFiles(SiteSettings site, Action<ScanWarning> warn);

    /// <summary>The file split into front matter (typed as the generator's parser types it) and body.</summary>
    FrontMatter ReadFrontMatter(string text);

    /// <summary>
    /// The title as the generator publishes it when the front matter gives none or an empty one (Hexo and Hugo: empty;
    /// Jekyll: the titleized slug), or null when the generator has no rule of its own.
    /// </summary>
    string? PublishedTitle(IReadOnlyDictionary<string, object?> fields, string fileNameWithoutDate);

    /// <summary>The scanned posts as the generator presents them once it has seen them all (by default unchanged).</summary>
    IReadOnlyList<Post> Arrange(IReadOnlyList<Post> posts) => posts;

    /// <summary>A front matter timestamp read as the generator's YAML/TOML loader and date rules read it.</summary>
    bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date);

    /// <summary>The post's categories (and the hierarchy a <c>:category</c> token uses) and tags.</summary>
    PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file);

    /// <summary>The readable title used when neither the front matter nor a <c>#</c> heading gives one.</summary>
    string TitleFromFileName(string fileNameWithoutDate);

    /// <summary>The front matter as the generator sees it: most take it as written, Jekyll merges its <c>defaults</c> under it.</summary>
    IReadOnlyDictionary<string, object?> EffectiveFrontMatter(IReadOnlyDictionary<string, object?> fields, PostFile file, SiteSettings site) => fields;

    /// <summary>The date a post's file name starts with (<c>YYYY-MM-DD-</c>) and the rest of the name, when it has one.</summary>
    bool TryStripDatePrefix(string fileName, out DateTime date, out string rest) => DatePrefix.TryStrip(fileName, out date, out rest);

    /// <summary>The path the permalink tokens read (<see cref="PostLinkInput.PostPath"/>) for a post file.</summary>
    string LinkPath(PostFile file, SiteSettings site);

    /// <summary>The absolute URL the generator publishes the post at.</summary>
    string BuildLink(PostLinkInput post, SiteSettings site);

    /// <summary>Front matter keys naming the post's cover, first wins (syntax in <see cref="Covers.CoverKeys"/>).</summary>
    IReadOnlyList<string> CoverKeys => Covers.CoverKeys.Common;

    /// <summary>An image file beside the post the generator's templates use as its cover (a name relative to the post's folder), or null.</summary>
    string? FolderCover(PostFile file) => null;

    /// <summary>
    /// The absolute URL <paramref name="reference"/> is published at, or null when it is not a usable http(s) image.
    /// By default a browser's resolution against the post's link.
    /// </summary>
    string? ResolveCover(CoverReference reference, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return CoverUrls.TryAbsolute(reference.Value, out var url) ? url : CoverUrls.Resolve(reference.Link, reference.Value);
    }
}

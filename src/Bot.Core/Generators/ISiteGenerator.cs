using Bot.Core.Links;
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

    /// <summary>A front matter timestamp read as the generator's YAML/TOML loader and date rules read it.</summary>
    bool TryParseDate(string text, TimeZoneInfo zone, out DateTimeOffset date);

    /// <summary>The post's categories (and the hierarchy a <c>:category</c> token uses) and tags.</summary>
    PostTaxonomy ReadTaxonomy(IReadOnlyDictionary<string, object?> fields, PostFile file);

    /// <summary>The title used when neither the front matter nor a <c>#</c> heading gives one.</summary>
    string TitleFromFileName(string fileNameWithoutDate);

    /// <summary>The path the permalink tokens read (<see cref="PostLinkInput.PostPath"/>) for a post file.</summary>
    string LinkPath(PostFile file, SiteSettings site);

    /// <summary>The absolute URL the generator publishes the post at.</summary>
    string BuildLink(PostLinkInput post, SiteSettings site);
}

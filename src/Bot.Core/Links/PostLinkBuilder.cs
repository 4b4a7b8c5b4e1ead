using Bot.Core.Repository;

namespace Bot.Core.Links;

/// <summary>The absolute URL of a post, built the way the repository's generator builds it.</summary>
public static class PostLinkBuilder
{
    /// <summary>Plain Markdown folders have no generator: the source path without extension, under the site URL.</summary>
    public const string PlainDefaultPattern = "/:path/";

    public static string Build(PostLinkInput post, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        return site.Layout switch
        {
            RepositoryLayout.Hexo => HexoPermalink.Build(post, site),
            RepositoryLayout.Jekyll => JekyllPermalink.Build(post, site),
            RepositoryLayout.Hugo => HugoPermalink.Build(post, site),
            _ => BuildPlain(post, site),
        };
    }

    private static string BuildPlain(PostLinkInput post, SiteSettings site)
    {
        var path = PermalinkTemplate.Expand(site.Permalink, name => name switch
        {
            "path" => post.PostPath,
            "slug" => FrontMatterValues.GetString(post.FrontMatter, "slug") ?? post.PostPath[(post.PostPath.LastIndexOf('/') + 1)..],
            "year" => post.Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            "month" => post.Date.ToString("MM", System.Globalization.CultureInfo.InvariantCulture),
            "day" => post.Date.ToString("dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        });
        return site.SiteUrl + PercentEncoding.EncodeUri(path.StartsWith('/') ? path : "/" + path);
    }
}

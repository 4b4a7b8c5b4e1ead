using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Hexo's <c>post_permalink</c> filter followed by <c>full_url_for</c>: front matter <c>permalink</c> wins; else the
/// <c>permalink</c> pattern with <c>:title</c> (the source path under <c>_posts</c>, unchanged), <c>:name</c>,
/// <c>:post_title</c> (slugized, lower case), <c>:id</c>, <c>:hash</c>, date tokens, <c>:category</c> (slug of the last
/// category with its parents), any front matter key, then <c>permalink_defaults</c>. The result is joined to
/// <c>url</c>, percent-encoded like <c>encodeURL</c> (CJK stays readable in the source, encoded in the URL), and
/// <c>pretty_urls</c> trims <c>index.html</c> / <c>.html</c>. With <c>post_asset_folder</c> a path that ends in neither
/// <c>/</c> nor <c>.html</c> gets a trailing <c>/</c>.
/// </summary>
public static class HexoPermalink
{
    public static string Build(PostLinkInput post, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        var hexo = HexoSettings.Of(site);
        var path = FrontMatterValues.GetString(post.FrontMatter, "permalink") is { Length: > 0 } own
            ? (own.StartsWith('/') ? own : "/" + own)
            : PermalinkTemplate.Expand(site.Permalink, name => Resolve(name, post, site, hexo));
        if (hexo.PostAssetFolder && !path.EndsWith('/') && !path.EndsWith(".html", StringComparison.Ordinal))
        {
            path += "/";
        }

        var joined = ("/" + path).Replace("//", "/", StringComparison.Ordinal);
        while (joined.Contains("//", StringComparison.Ordinal))
        {
            joined = joined.Replace("//", "/", StringComparison.Ordinal);
        }

        var url = site.SiteUrl + PercentEncoding.EncodeUri(joined);
        if (!hexo.TrailingIndex && url.EndsWith("index.html", StringComparison.Ordinal))
        {
            url = url[..^"index.html".Length];
        }

        if (!hexo.TrailingHtml && !url.EndsWith("index.html", StringComparison.Ordinal) && url.EndsWith(".html", StringComparison.Ordinal))
        {
            url = url[..^".html".Length];
        }

        return url;
    }

    private static string? Resolve(string name, PostLinkInput post, SiteSettings site, HexoSettings hexo)
    {
        var date = TimeZoneInfo.ConvertTime(post.Date, site.TimeZone);
        string Format(string format) => date.ToString(format, CultureInfo.InvariantCulture);
        return name switch
        {
            "title" => post.PostPath,
            "name" => post.PostPath[(post.PostPath.LastIndexOf('/') + 1)..],
            "post_title" => HexoSlug.Slugize(post.Title, lowerCase: true),
            "id" => FrontMatterValues.GetString(post.FrontMatter, "id") ?? post.Id,
            "year" => Format("yyyy"),
            "month" => Format("MM"),
            "day" => Format("dd"),
            "hour" => Format("HH"),
            "minute" => Format("mm"),
            "second" => Format("ss"),
            "i_month" => Format("%M"),
            "i_day" => Format("%d"),
            "hash" => Hash(post.PostPath, date),
            "category" => CategorySlug(post, hexo),
            _ => FrontMatterValues.GetString(post.FrontMatter, name)
                ?? (hexo.PermalinkDefaults.TryGetValue(name, out var fallback) ? fallback : "undefined"),
        };
    }

    private static string CategorySlug(PostLinkInput post, HexoSettings hexo) =>
        post.LastCategoryPath.Count == 0
            ? hexo.DefaultCategory
            : string.Join('/', post.LastCategoryPath.Select(c => HexoSlug.Slugize(hexo.CategoryMap.TryGetValue(c, out var mapped) ? mapped : c)));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Hexo's :hash token is defined as SHA-1; not used for security.")]
    private static string Hash(string slug, DateTimeOffset date)
    {
        var bytes = SHA1.HashData(Encoding.UTF8.GetBytes(slug + date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes)[..12];
    }
}

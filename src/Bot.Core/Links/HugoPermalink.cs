using System.Globalization;
using Bot.Core.Repository;

namespace Bot.Core.Links;

/// <summary>
/// Hugo's page URL: front matter <c>url</c> wins; else the section's pattern from <c>[permalinks]</c>
/// (<c>:year :month :monthname :day :weekday :weekdayname :yearday :section :sections :title :slug :filename
/// :slugorfilename :contentbasename :slugorcontentbasename</c>); else the default, the content path with the file name
/// replaced by <c>slug</c> when set, sanitized and lower-cased (<c>/posts/my-first-post/</c>). A leaf bundle
/// (<c>index.md</c>) takes its folder's name.
/// </summary>
public static class HugoPermalink
{
    public const string DefaultPattern = "/:sections/:slugorcontentbasename/";

    public static string Build(PostLinkInput post, SiteSettings site)
    {
        if (FrontMatterValues.GetString(post.FrontMatter, "url") is { Length: > 0 } own)
        {
            return site.SiteUrl + PercentEncoding.EncodeGoPath(own.StartsWith('/') ? own : "/" + own);
        }

        var segments = post.PostPath.Split('/');
        var isBundle = segments.Length > 1 && segments[^1] is "index";
        var fileName = isBundle ? segments[^2] : segments[^1];
        var sections = segments[..^(isBundle ? 2 : 1)];
        var section = sections.Length > 0 ? sections[0] : string.Empty;
        var pattern = site.SectionPermalinks.TryGetValue(section, out var configured) ? configured : site.Permalink;
        var slug = FrontMatterValues.GetString(post.FrontMatter, "slug");
        var lower = site.PathToLower;
        var date = post.Date;
        string Urlize(string text) => HugoUrlize.Urlize(text, lower);
        string? Resolve(string name) => name switch
        {
            "year" => date.ToString("yyyy", CultureInfo.InvariantCulture),
            "month" => date.ToString("MM", CultureInfo.InvariantCulture),
            "monthname" => Urlize(date.ToString("MMMM", CultureInfo.InvariantCulture)),
            "day" => date.ToString("dd", CultureInfo.InvariantCulture),
            "weekday" => ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            "weekdayname" => Urlize(date.DayOfWeek.ToString()),
            "yearday" => date.DayOfYear.ToString(CultureInfo.InvariantCulture),
            "section" => Urlize(section),
            "sections" => string.Join('/', sections.Select(Urlize)),
            "title" => Urlize(post.Title),
            "slug" => Urlize(slug ?? post.Title),
            "filename" or "contentbasename" => Urlize(fileName),
            "slugorfilename" or "slugorcontentbasename" => Urlize(slug ?? fileName),
            _ => null,
        };
        var path = PermalinkTemplate.Expand(pattern, Resolve);
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }

        return site.SiteUrl + (path.StartsWith('/') ? path : "/" + path);
    }
}

using System.Globalization;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll's <c>Document#url</c>: front matter <c>permalink</c> wins (its placeholders are filled too); else the site
/// <c>permalink</c>, a built-in style (<c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>weekdate</c>, <c>none</c>) or a
/// template. Placeholders follow <c>Drops::UrlDrop</c>: <c>:title</c> is the slug in <c>pretty</c> mode keeping case,
/// <c>:slug</c> in default mode, <c>:name</c> the whole file name (date prefix included) in default mode,
/// <c>:categories</c> the lower-cased categories joined with <c>/</c>, <c>:slugified_categories</c> each one slugified.
/// Each value is escaped with <c>URL.escape_path</c>, then the URL is sanitized (double slashes squeezed).
/// </summary>
public static class JekyllPermalink
{
    public static string StyleTemplate(string style) => style switch
    {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        _ => style,
    };

    public static string Build(PostLinkInput post, SiteSettings site)
    {
        var template = FrontMatterValues.GetString(post.FrontMatter, "permalink") is { Length: > 0 } own
            ? own
            : StyleTemplate(site.Permalink);
        var expanded = PermalinkTemplate.Expand(template, name => Resolve(name, post, site) is { } value ? PercentEncoding.EncodeJekyllPath(value) : null);
        return site.SiteUrl + Sanitize(expanded);
    }

    private static string Sanitize(string url)
    {
        var path = ("/" + url).Replace("..", "/", StringComparison.Ordinal).Replace("./", string.Empty, StringComparison.Ordinal);
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }

        return path;
    }

    private static string? Resolve(string name, PostLinkInput post, SiteSettings site)
    {
        var date = TimeZoneInfo.ConvertTime(post.Date, site.TimeZone);
        var slug = FrontMatterValues.GetString(post.FrontMatter, "slug");
        var baseName = post.PostPath[(post.PostPath.LastIndexOf('/') + 1)..];
        var fileName = post.FileName ?? baseName;
        string Format(string format) => date.ToString(format, CultureInfo.InvariantCulture);
        return name switch
        {
            "title" => JekyllSlug.Slugify(slug ?? baseName, "pretty", cased: true),
            "slug" => JekyllSlug.Slugify(slug ?? baseName),
            "name" => JekyllSlug.Slugify(fileName),
            "categories" => string.Join('/', post.Categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            "slugified_categories" => string.Join('/', post.Categories.Select(c => JekyllSlug.Slugify(c)).Distinct(StringComparer.Ordinal)),
            "collection" => "posts",
            "path" => "_posts/" + post.PostPath,
            "output_ext" => ".html",
            "year" => Format("yyyy"),
            "month" => Format("MM"),
            "day" => Format("dd"),
            "hour" => Format("HH"),
            "minute" => Format("mm"),
            "second" => Format("ss"),
            "i_day" => Format("%d"),
            "i_month" => Format("%M"),
            "short_month" => Format("MMM"),
            "long_month" => Format("MMMM"),
            "short_year" => Format("yy"),
            "y_day" => date.DayOfYear.ToString("D3", CultureInfo.InvariantCulture),
            "week" => ISOWeek.GetWeekOfYear(date.DateTime).ToString("D2", CultureInfo.InvariantCulture),
            "w_year" => ISOWeek.GetYear(date.DateTime).ToString(CultureInfo.InvariantCulture),
            "w_day" => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            "short_day" => Format("ddd"),
            "long_day" => Format("dddd"),
            _ => null,
        };
    }
}

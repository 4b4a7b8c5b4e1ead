using System.Globalization;
using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo's page URL: front matter <c>url</c> wins; else the section's pattern from <c>[permalinks]</c>
/// (<c>:year :month :monthname :day :weekday :weekdayname :yearday :section :sections :title :slug :filename
/// :slugorfilename :contentbasename :slugorcontentbasename</c>); else the default, the content path with the file name
/// replaced by <c>slug</c> when set, sanitized as a whole and lower-cased (<c>/posts/my-first-post/</c>). A leaf bundle
/// (<c>index.md</c>) takes its folder's name. <c>:sections</c> lists the top folder and the nested folders that are
/// sections themselves (hold an <c>_index</c> page).
/// </summary>
public static class HugoPermalink
{
    public const string DefaultPattern = "/:sections/:slugorcontentbasename/";

    public static string Build(PostLinkInput post, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        var hugo = HugoSettings.Of(site);
        if (FrontMatterValues.GetString(post.FrontMatter, "url") is { Length: > 0 } own)
        {
            return site.SiteUrl + PercentEncoding.EncodeGoPath(own.StartsWith('/') ? own : "/" + own);
        }

        var segments = post.PostPath.Split('/');
        var isBundle = segments.Length > 1 && segments[^1] is "index";
        var fileName = isBundle ? segments[^2] : segments[^1];
        var folders = segments[..^(isBundle ? 2 : 1)];
        var section = folders.Length > 0 ? folders[0] : string.Empty;
        var sections = SectionsOf(folders, hugo);
        var pattern = hugo.SectionPermalinks.TryGetValue(section, out var configured) ? configured : site.Permalink;
        var slug = FrontMatterValues.GetString(post.FrontMatter, "slug");
        var lower = hugo.PathToLower;
        if (string.Equals(pattern, DefaultPattern, StringComparison.Ordinal))
        {
            // Hugo sanitizes the default target path as a whole, trailing slash included: a slug ending in a dropped
            // character ("Slug 🚀") keeps its hyphen ("/posts/slug-/"), as Hugo 0.111 publishes it.
            var raw = "/" + string.Join('/', folders.Append(slug ?? fileName)) + "/";
            return site.SiteUrl + HugoUrlize.Urlize(raw.Replace("//", "/", StringComparison.Ordinal), lower);
        }

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

    /// <summary>The top folder, then each deeper folder that is a section itself (when the site's sections are known).</summary>
    private static string[] SectionsOf(string[] folders, HugoSettings hugo)
    {
        if (folders.Length <= 1 || hugo.Sections.Count == 0)
        {
            return folders;
        }

        var sections = new List<string> { folders[0] };
        for (var depth = 2; depth <= folders.Length; depth++)
        {
            if (hugo.Sections.Contains(string.Join('/', folders[..depth])))
            {
                sections.Add(folders[depth - 1]);
            }
            else
            {
                break;
            }
        }

        return [.. sections];
    }
}

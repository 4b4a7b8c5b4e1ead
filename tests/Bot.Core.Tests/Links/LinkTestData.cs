using Bot.Core.Links;
using Bot.Core.Repository;

namespace Bot.Core.Tests.Links;

/// <summary>Builders for link inputs and site settings used by the permalink tables.</summary>
internal static class LinkTestData
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static SiteSettings Site(RepositoryLayout layout, string url, string permalink) => new()
    {
        Layout = layout,
        RootPath = "/blog",
        SiteUrl = url,
        Permalink = permalink,
        TimeZone = Shanghai,
    };

    public static PostLinkInput Post(string path, string title = "Hello World", string date = "2025-03-08T11:05:09+08:00",
        string[]? categories = null, string[]? lastCategoryPath = null, params (string Key, object? Value)[] frontMatter) => new()
    {
        PostPath = path,
        Title = title,
        Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Categories = categories ?? [],
        LastCategoryPath = lastCategoryPath ?? categories ?? [],
        FrontMatter = frontMatter.ToDictionary(f => f.Key, f => f.Value, StringComparer.OrdinalIgnoreCase),
        Id = "source/_posts/" + path,
    };
}

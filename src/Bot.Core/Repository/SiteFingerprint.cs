using Bot.Core.Summaries;

namespace Bot.Core.Repository;

/// <summary>Everything that shapes a parsed post besides its own file: when it changes, every file is re-parsed.</summary>
internal static class SiteFingerprint
{
    public static string Of(SiteSettings site, SummaryOptions summary) => string.Join('\u001f',
        site.Layout, site.RootPath, site.SiteUrl, site.Permalink, site.TimeZone.Id, site.DefaultCategory, site.TrailingIndex,
        site.TrailingHtml, site.PostAssetFolder, site.NewPostName, string.Join(',', site.HugoSections.Order(StringComparer.Ordinal)), site.PathToLower, site.ExcerptSeparator, Join(site.SectionPermalinks), Join(site.PermalinkDefaults),
        Join(site.CategoryMap), string.Join(',', site.PostFolders), summary.MaxLength, summary.CodePlaceholder);

    private static string Join(IReadOnlyDictionary<string, string> map) =>
        string.Join(',', map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
}

using Bot.Core.Generators;

namespace Bot.Core.Repository;

/// <summary>
/// Reads the generator's site config into <see cref="SiteSettings"/>, then applies the <c>Repository</c> overrides
/// (<c>SiteUrl</c>, <c>Permalink</c>, <c>TimeZone</c> as the fallback zone). A missing root or a config that cannot
/// be parsed throws <see cref="RepositoryUnavailableException"/> naming the path.
/// </summary>
public static class SiteConfigReader
{
    public static SiteSettings Read(string root, RepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(root))
        {
            throw new RepositoryUnavailableException($"Post repository folder '{root}' does not exist (Repository:Path).");
        }

        var fallbackZone = TimeZoneInfo.Utc;
        if (options.TimeZone is { Length: > 0 } configuredZone && !TimeZones.TryFind(configuredZone, out fallbackZone))
        {
            throw new RepositoryUnavailableException($"Repository:TimeZone '{configuredZone}' is not a known time zone.");
        }

        var layout = options.Layout == RepositoryLayout.Auto ? SiteGenerators.Detect(root) : options.Layout;
        var site = SiteGenerators.For(layout).ReadSite(new SiteSource(root, fallbackZone));
        var permalinkOverride = options.Permalink is { Length: > 0 } pattern ? pattern : null;
        return site with
        {
            RootPath = Path.GetFullPath(root),
            SiteUrl = options.SiteUrl is { Length: > 0 } url ? url.TrimEnd('/') : site.SiteUrl,
            Permalink = permalinkOverride ?? site.Permalink,
            Generator = permalinkOverride is null ? site.Generator : site.Generator?.WithPermalinkOverride(),
        };
    }
}

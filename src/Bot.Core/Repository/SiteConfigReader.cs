using Bot.Core.Links;

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

        var layout = options.Layout == RepositoryLayout.Auto ? LayoutDetector.Detect(root) : options.Layout;
        var site = layout switch
        {
            RepositoryLayout.Hexo => SiteConfigFormats.Hexo(root, Load(root, "_config.yml"), fallbackZone),
            RepositoryLayout.Jekyll => SiteConfigFormats.Jekyll(root, Load(root, "_config.yml"), fallbackZone),
            RepositoryLayout.Hugo => SiteConfigFormats.Hugo(root, LayoutDetector.HugoConfigFile(root), Load(root, LayoutDetector.HugoConfigFile(root)), fallbackZone),
            _ => new SiteSettings
            {
                Layout = RepositoryLayout.Plain,
                RootPath = root,
                SiteUrl = "http://localhost",
                Permalink = PostLinkBuilder.PlainDefaultPattern,
                TimeZone = fallbackZone,
                PostFolders = [string.Empty],
            },
        };
        return site with
        {
            RootPath = Path.GetFullPath(root),
            SiteUrl = options.SiteUrl is { Length: > 0 } url ? url.TrimEnd('/') : site.SiteUrl,
            Permalink = options.Permalink is { Length: > 0 } pattern ? pattern : site.Permalink,
            SectionPermalinks = options.Permalink is { Length: > 0 } ? new Dictionary<string, string>() : site.SectionPermalinks,
        };
    }

    private static Dictionary<string, object?> Load(string root, string? relativePath)
    {
        var empty = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (relativePath is null)
        {
            return empty;
        }

        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            return empty;
        }

        try
        {
            var text = File.ReadAllText(path);
            return relativePath.EndsWith(".toml", StringComparison.OrdinalIgnoreCase)
                ? FrontMatterParser.ParseToml(text)
                : FrontMatterParser.ParseYaml(text);
        }
        catch (FrontMatterException ex)
        {
            throw new RepositoryUnavailableException($"Site config '{path}' cannot be parsed: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryUnavailableException($"Site config '{path}' cannot be read: {ex.Message}", ex);
        }
    }
}

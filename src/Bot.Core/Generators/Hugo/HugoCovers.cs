using Bot.Core.Covers;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo's cover keys and paths. <c>images</c> is Hugo's own (its embedded <c>opengraph.html</c> and
/// <c>twitter_cards.html</c> templates take <c>og:image</c> from it), PaperMod's is <c>cover.image</c>
/// (adityatelange/hugo-PaperMod, <c>layouts/partials/cover.html</c>, <c>templates/opengraph.html</c>), Ananke's
/// <c>featured_image</c> and Stack's <c>image</c> are common keys. Without a key, Hugo's opengraph template uses the
/// page bundle's image whose name contains <c>feature</c>, else <c>cover</c> or <c>thumbnail</c>. Paths: a file of the
/// page bundle (or PaperMod's <c>cover.relative: true</c>) is published beside the page, so it resolves against the
/// page URL; anything else goes through <c>absURL</c>: <c>/x.png</c> at the host root, <c>x.png</c> under
/// <c>baseURL</c>. Body images are resolved by the reader's browser against the page URL.
/// </summary>
internal static class HugoCovers
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff"];

    public static IReadOnlyList<string> Keys { get; } = ["cover", "cover.image", "image", "thumbnail", "banner", "featured_image", "images[0]"];

    public static string? Resolve(CoverReference reference, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(site);
        var value = reference.Value;
        if (CoverUrls.TryAbsolute(value, out var url))
        {
            return url;
        }

        var pageRelative = reference.Key == CoverFinder.FolderKey
            || (reference.Key == "cover.image" && reference.Fields.TryGetValue("cover", out var cover)
                && cover is IReadOnlyDictionary<string, object?> coverMap && FrontMatterValues.GetBool(coverMap, "relative") == true)
            || (!CoverUrls.IsRootRelative(value) && InBundle(reference.File, value));
        return pageRelative ? CoverUrls.Join(CoverUrls.PageFolder(reference.Link), value)
            : reference.InBody ? CoverUrls.Resolve(reference.Link, value)
            : CoverUrls.IsRootRelative(value) ? CoverUrls.Join(CoverUrls.Origin(site.SiteUrl), value)
            : CoverUrls.Join(site.SiteUrl, value);
    }

    /// <summary>Hugo 0.111's <c>opengraph.html</c>: the bundle image matching <c>*feature*</c>, else <c>{*cover*,*thumbnail*}</c>.</summary>
    public static string? FolderCover(PostFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!IsLeafBundle(file) || Path.GetDirectoryName(file.FullPath) is not { } folder)
        {
            return null;
        }

        string[] images;
        try
        {
            images = [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                .Where(n => ImageExtensions.Contains(Path.GetExtension(n), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return images.FirstOrDefault(n => n.Contains("feature", StringComparison.OrdinalIgnoreCase))
            ?? images.FirstOrDefault(n => n.Contains("cover", StringComparison.OrdinalIgnoreCase) || n.Contains("thumbnail", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A page bundle's content file is <c>index.md</c> (or <c>index.zh.md</c> in a multilingual site).</summary>
    private static bool IsLeafBundle(PostFile file) =>
        Path.GetFileNameWithoutExtension(file.FullPath) is var name
        && (name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.StartsWith("index.", StringComparison.OrdinalIgnoreCase));

    private static bool InBundle(PostFile file, string value)
    {
        if (!IsLeafBundle(file) || Path.GetDirectoryName(file.FullPath) is not { } folder)
        {
            return false;
        }

        var path = Uri.UnescapeDataString(value.Split('?', '#')[0]);
        var full = Path.GetFullPath(Path.Combine(folder, path));
        return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full);
    }
}

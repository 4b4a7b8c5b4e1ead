using Bot.Core.Covers;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll's cover keys and paths. <c>image</c> may be a string or a map with <c>path</c>, as jekyll-seo-tag reads it
/// for <c>og:image</c> (jekyll/jekyll-seo-tag, <c>lib/jekyll-seo-tag/image_drop.rb</c>; used by minima) and Chirpy
/// shows it (cotes2020/jekyll-theme-chirpy, <c>_layouts/post.html</c>); Minimal Mistakes takes <c>og:image</c> from
/// <c>header.og_image</c>, <c>header.overlay_image</c>, <c>header.image</c>, <c>header.teaser</c> in that order
/// (mmistakes/minimal-mistakes, <c>_includes/seo.html</c>). Paths go through <c>absolute_url</c>: <c>url</c> +
/// <c>baseurl</c> + the path with a leading <c>/</c>, after Chirpy's <c>media_subpath</c> (formerly <c>img_path</c>)
/// is put in front of a relative one. A relative body image without a sub-path is resolved by the reader's browser
/// against the post's link.
/// </summary>
internal static class JekyllCovers
{
    public static IReadOnlyList<string> Keys { get; } =
        ["cover", "image", "image.path", "thumbnail", "banner", "featured_image", "images[0]",
         "header.og_image", "header.overlay_image", "header.image", "header.teaser"];

    public static string? Resolve(CoverReference reference, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(site);
        var value = reference.Value;
        if (CoverUrls.TryAbsolute(value, out var url))
        {
            return url;
        }

        if (CoverUrls.IsRootRelative(value))
        {
            return CoverUrls.Join(site.SiteUrl, value);
        }

        var subPath = FrontMatterValues.GetString(reference.Fields, "media_subpath") ?? FrontMatterValues.GetString(reference.Fields, "img_path");
        if (!string.IsNullOrWhiteSpace(subPath))
        {
            return CoverUrls.TryAbsolute(subPath, out var subUrl)
                ? subUrl is null ? null : CoverUrls.Join(subUrl, value)
                : CoverUrls.Join(site.SiteUrl, subPath.Trim('/') + "/" + value);
        }

        return reference.InBody ? CoverUrls.Resolve(reference.Link, value) : CoverUrls.Join(site.SiteUrl, value);
    }
}

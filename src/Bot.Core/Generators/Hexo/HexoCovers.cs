using Bot.Core.Covers;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Hexo's cover keys and paths. Keys after the common ones: Fluid's <c>index_img</c> and <c>banner_img</c>
/// (fluid-dev/hexo-theme-fluid, <c>layout/_partials/post/meta-top</c>, <c>layout/index.ejs</c>), Butterfly's
/// <c>top_img</c> (jerryc127/hexo-theme-butterfly, <c>layout/includes/header/index.pug</c>; its <c>cover</c> is the
/// common key) and Hexo's own <c>photos</c>, the first of which its <c>open_graph</c> helper makes <c>og:image</c>
/// (hexo, <c>lib/plugins/helper/open_graph</c>). Icarus reads <c>thumbnail</c> and <c>cover</c>, both common.
/// Paths: <c>/x.png</c> is under the site root (<c>url_for</c> prepends <c>root</c>); a relative path with
/// <c>post_asset_folder</c> is in the post's asset folder, published in the post's permalink folder (<c>.html</c>
/// removed, as <c>PostAsset.path</c> does); without it, a front matter path goes through <c>url_for</c> (site root)
/// and a body path is resolved by the reader's browser against the post's link.
/// </summary>
internal static class HexoCovers
{
    public static IReadOnlyList<string> Keys { get; } = [.. CoverKeys.Common, "index_img", "banner_img", "top_img", "photos[0]"];

    public static string? Resolve(CoverReference reference, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(site);
        var value = reference.Value;
        if (CoverUrls.TryAbsolute(value, out var url))
        {
            return url;
        }

        return CoverUrls.IsRootRelative(value) ? CoverUrls.Join(site.SiteUrl, value)
            : HexoSettings.Of(site).PostAssetFolder ? CoverUrls.Join(CoverUrls.PageFolder(reference.Link), value)
            : reference.InBody ? CoverUrls.Resolve(reference.Link, value)
            : CoverUrls.Join(site.SiteUrl, value);
    }
}

using Bot.Core.Posts;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Covers;

/// <summary>Covers of Jekyll posts (see <c>JekyllCovers</c> for the theme and plugin each key comes from).</summary>
public sealed class JekyllCoverTests
{
    private const string Config = "url: https://x.example\nbaseurl: /blog\ntimezone: UTC\n";

    [Fact]
    public void Scan_SeoTagImageString_GoesThroughAbsoluteUrl() =>
        Assert.Equal("https://x.example/blog/assets/x.png", ScanOne(Config, "image: /assets/x.png").Cover);

    [Fact]
    public void Scan_ChirpyImageMapWithPath_UsesThePath() =>
        Assert.Equal("https://x.example/blog/assets/img/c.webp", ScanOne(Config, "image:\n  path: assets/img/c.webp\n  alt: a cover").Cover);

    [Fact]
    public void Scan_ChirpyMediaSubpath_PrefixesARelativeImage() =>
        Assert.Equal("https://x.example/blog/posts/20260120/c.png", ScanOne(Config, "media_subpath: /posts/20260120\nimage:\n  path: c.png").Cover);

    [Fact]
    public void Scan_MinimalMistakesHeaderOverlay_IsTheCover() =>
        Assert.Equal("https://x.example/blog/assets/images/overlay.jpg", ScanOne(Config, "header:\n  overlay_image: /assets/images/overlay.jpg\n  teaser: /assets/images/teaser.jpg").Cover);

    [Fact]
    public void Scan_AbsoluteImageUrl_IsKept() =>
        Assert.Equal("https://cdn.example/c.png", ScanOne(Config, "thumbnail: https://cdn.example/c.png").Cover);

    [Fact]
    public void Scan_RootRelativeBodyImage_IsUnderTheSiteUrlAndBaseUrl() =>
        Assert.Equal("https://x.example/blog/assets/b.png", ScanOne(Config, "title: B", "Text\n\n![b](/assets/b.png)").Cover);

    private static Post ScanOne(string config, string frontMatter, string body = "body")
    {
        using var site = new TempFolder();
        site.Write("_config.yml", config);
        site.Write("_posts/2026-01-20-a.md", $"---\ntitle: A\n{frontMatter}\n---\n{body}\n");
        return Scan(site.Path).BySource("_posts/2026-01-20-a.md");
    }
}

using Bot.Core.Posts;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Covers;

/// <summary>Covers of Hugo pages (see <c>HugoCovers</c> for the templates each rule comes from).</summary>
public sealed class HugoCoverTests
{
    private const string Config = "baseURL = 'https://x.example/docs/'\n";

    [Fact]
    public void Scan_HugoImagesParam_FirstImageIsTheCover() =>
        Assert.Equal("https://x.example/docs/img/one.png", ScanPage(Config, "images = ['img/one.png', 'img/two.png']").Cover);

    [Fact]
    public void Scan_RootRelativePath_IsAtTheHostRootAsAbsUrlPutsIt() =>
        Assert.Equal("https://x.example/img/one.png", ScanPage(Config, "images = ['/img/one.png']").Cover);

    [Fact]
    public void Scan_PaperModCoverImage_GoesThroughAbsUrl() =>
        Assert.Equal("https://x.example/docs/covers/c.jpg", ScanPage(Config, "[cover]\nimage = 'covers/c.jpg'\nalt = 'x'").Cover);

    [Fact]
    public void Scan_PaperModRelativeCover_IsBesideThePage() =>
        Assert.Equal("https://x.example/docs/posts/hello/c.jpg", ScanPage(Config, "[cover]\nimage = 'c.jpg'\nrelative = true").Cover);

    [Fact]
    public void Scan_FrontMatterPathOfABundleFile_IsBesideThePage()
    {
        using var site = Site(Config, "posts/hello/index.md", "featured_image = 'banner.png'");
        site.Write("content/posts/hello/banner.png", "png");

        Assert.Equal("https://x.example/docs/posts/hello/banner.png", Scan(site.Path).BySource("content/posts/hello/index.md").Cover);
    }

    [Fact]
    public void Scan_BundleWithFeatureImageAndNoKey_FeatureImageBeatsTheBody()
    {
        using var site = Site(Config, "posts/hello/index.md", "", "![inline](inline.png)");
        site.Write("content/posts/hello/a-cover.png", "png");
        site.Write("content/posts/hello/featured.jpg", "jpg");

        Assert.Equal("https://x.example/docs/posts/hello/featured.jpg", Scan(site.Path).BySource("content/posts/hello/index.md").Cover);
    }

    [Fact]
    public void Scan_BodyImageOfAPlainPage_ResolvesAgainstThePageUrl() =>
        Assert.Equal("https://x.example/docs/posts/hello/fig.png", ScanPage(Config, "", "Text\n\n![fig](fig.png)").Cover);

    private static Post ScanPage(string config, string frontMatter, string body = "body")
    {
        using var site = Site(config, "posts/hello/index.md", frontMatter, body);
        return Scan(site.Path).BySource("content/posts/hello/index.md");
    }

    private static TempFolder Site(string config, string page, string frontMatter, string body = "body")
    {
        var site = new TempFolder();
        site.Write("hugo.toml", config);
        site.Write("content/posts/" + page.Split('/')[1] + "/../other.md", "+++\ntitle = 'Other'\ndate = 2026-01-01T00:00:00Z\n+++\nx\n");
        site.Write("content/" + page, $"+++\ntitle = 'Hello'\ndate = 2026-01-20T10:00:00Z\n{frontMatter}\n+++\n{body}\n");
        return site;
    }
}

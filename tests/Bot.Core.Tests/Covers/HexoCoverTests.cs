using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Covers;

/// <summary>Covers of Hexo posts, each key from the theme that reads it (see <c>HexoCovers</c> for the source files).</summary>
public sealed class HexoCoverTests
{
    private const string Config = "url: https://x.example\ntimezone: UTC\npermalink: :year/:month/:day/:title/\n";

    [Theory]
    [InlineData("cover: https://cdn.example/c.png")] // Butterfly, Icarus
    [InlineData("image: https://cdn.example/c.png")]
    [InlineData("thumbnail: https://cdn.example/c.png")] // Icarus
    [InlineData("banner: https://cdn.example/c.png")]
    [InlineData("featured_image: https://cdn.example/c.png")]
    [InlineData("images:\n  - https://cdn.example/c.png\n  - https://cdn.example/d.png")]
    [InlineData("index_img: https://cdn.example/c.png")] // Fluid
    [InlineData("banner_img: https://cdn.example/c.png")] // Fluid
    [InlineData("top_img: https://cdn.example/c.png")] // Butterfly
    [InlineData("photos:\n  - https://cdn.example/c.png")] // Hexo's open_graph helper
    public void Scan_CoverKey_IsTheCover(string frontMatter)
    {
        var post = ScanOne(Config, $"---\ntitle: A\ndate: 2026-01-20 10:00:00\n{frontMatter}\n---\n![body](https://cdn.example/body.png)\n");

        Assert.Equal("https://cdn.example/c.png", post.Cover);
    }

    [Fact]
    public void Scan_CommonKeyAndThemeKey_CommonKeyWins() =>
        Assert.Equal("https://cdn.example/cover.png", ScanOne(Config,
            "---\ntitle: A\ndate: 2026-01-20\nindex_img: https://cdn.example/index.png\ncover: https://cdn.example/cover.png\n---\nbody\n").Cover);

    [Fact]
    public void Scan_ButterflyCoverFalse_FallsBackToTheBodysFirstImage() =>
        Assert.Equal("https://x.example/2026/01/20/a/fig.png", ScanOne(Config,
            "---\ntitle: A\ndate: 2026-01-20\ncover: false\n---\nText\n\n![fig](fig.png)\n").Cover);

    [Fact]
    public void Scan_PostAssetFolder_RelativeCoverIsInThePostsPermalinkFolder()
    {
        var post = ScanOne(Config + "post_asset_folder: true\n", "---\ntitle: A\ndate: 2026-01-20\ncover: cover.png\n---\nbody\n");

        Assert.Equal("https://x.example/2026/01/20/a/cover.png", post.Cover);
    }

    [Fact]
    public void Scan_PostAssetFolderWithHtmlPermalink_AssetFolderDropsTheHtml()
    {
        var post = ScanOne("url: https://x.example\ntimezone: UTC\npermalink: :year/:title.html\npost_asset_folder: true\n",
            "---\ntitle: A\ndate: 2026-01-20\n---\n![](diagram.png)\n");

        Assert.Equal("https://x.example/2026/a/diagram.png", post.Cover);
    }

    [Fact]
    public void Scan_NoAssetFolderSiteUnderRoot_FrontMatterPathsAreUnderTheRoot()
    {
        var config = "url: https://x.example\nroot: /blog/\ntimezone: UTC\npermalink: :year/:month/:day/:title/\n";

        Assert.Equal("https://x.example/blog/img/c.png", ScanOne(config, "---\ntitle: A\ndate: 2026-01-20\ncover: /img/c.png\n---\nbody\n").Cover);
        Assert.Equal("https://x.example/blog/img/c.png", ScanOne(config, "---\ntitle: A\ndate: 2026-01-20\ncover: img/c.png\n---\nbody\n").Cover);
    }

    [Fact]
    public void Scan_RelativeBodyImageWithoutAssetFolder_ResolvesAgainstThePostLink() =>
        Assert.Equal("https://x.example/2026/01/20/img/b.png", ScanOne(Config, "---\ntitle: A\ndate: 2026-01-20\n---\n![b](../img/b.png)\n").Cover);

    [Fact]
    public void Scan_DataUriCoverAndProtocolRelativeBodyImage_SkipsTheDataUri() =>
        Assert.Equal("https://cdn.example/b.png", ScanOne(Config,
            "---\ntitle: A\ndate: 2026-01-20\ncover: data:image/png;base64,iVBORw0KGgo=\n---\n![x](data:image/gif;base64,R0lGOD==)\n<img src=\"//cdn.example/b.png\">\n").Cover);

    [Fact]
    public void Scan_NoImageAnywhere_HasNoCover() =>
        Assert.Null(ScanOne(Config, "---\ntitle: A\ndate: 2026-01-20\n---\nJust text.\n").Cover);

    private static Bot.Core.Posts.Post ScanOne(string config, string post)
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", config);
        blog.Write("source/_posts/a.md", post);
        return Scan(blog.Path).BySource("source/_posts/a.md");
    }
}

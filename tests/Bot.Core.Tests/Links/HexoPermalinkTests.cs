using Bot.Core.Generators.Hexo;
using Bot.Core.Links;
using Bot.Core.Repository;
using static Bot.Core.Tests.Links.LinkTestData;

namespace Bot.Core.Tests.Links;

/// <summary>Expected URLs follow hexo's post_permalink filter, hexo-util Permalink, full_url_for and encodeURL.</summary>
public sealed class HexoPermalinkTests
{
    private const string Url = "https://blog.example.com";

    [Theory]
    [InlineData(":year/:month/:day/:title/", "hello-world", "https://blog.example.com/2025/03/08/hello-world/")]
    [InlineData(":year/:month/:day/:title/", "梯度消失", "https://blog.example.com/2025/03/08/%E6%A2%AF%E5%BA%A6%E6%B6%88%E5%A4%B1/")]
    [InlineData(":year/:month/:day/:title/", "my post", "https://blog.example.com/2025/03/08/my%20post/")]
    [InlineData(":year/:i_month/:i_day/:name/", "2025/notes", "https://blog.example.com/2025/3/8/notes/")]
    [InlineData(":title/", "2025/notes", "https://blog.example.com/2025/notes/")]
    [InlineData(":year/:month/:day/:hour:minute:second/:title.html", "hello-world", "https://blog.example.com/2025/03/08/110509/hello-world.html")]
    [InlineData("/posts/:post_title/", "whatever", "https://blog.example.com/posts/hello-world/")]
    public void Build_Pattern_ExpandsHexoTokens(string permalink, string path, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post(path), Site(RepositoryLayout.Hexo, Url, permalink)));

    [Fact]
    public void Build_DateWithOtherOffset_UsesSiteTimeZoneForTokens() =>
        Assert.Equal("https://blog.example.com/2025/03/08/a/",
            PostLinkBuilder.Build(Post("a", date: "2025-03-07T20:00:00+00:00"), Site(RepositoryLayout.Hexo, Url, ":year/:month/:day/:title/")));

    [Fact]
    public void Build_CategoryHierarchy_UsesSlugOfLastCategoryWithParents() =>
        Assert.Equal("https://blog.example.com/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/Deep-Learning/a.html",
            PostLinkBuilder.Build(Post("a", categories: ["深度学习", "Deep Learning"]), Site(RepositoryLayout.Hexo, Url, ":category/:title.html")));

    [Fact]
    public void Build_NoCategory_UsesDefaultCategory() =>
        Assert.Equal("https://blog.example.com/uncategorized/a/",
            PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, Url, ":category/:title/")));

    [Fact]
    public void Build_CategoryMap_ReplacesCategorySlug() =>
        Assert.Equal("https://blog.example.com/dl/a/",
            PostLinkBuilder.Build(Post("a", categories: ["深度学习"]), Site(RepositoryLayout.Hexo, Url, ":category/:title/") with
            {
                Generator = new HexoSettings { CategoryMap = new Dictionary<string, string> { ["深度学习"] = "dl" } },
            }));

    [Theory]
    [InlineData(":id.html", "id", "42", "https://blog.example.com/42.html")]
    [InlineData("posts/:abbrlink/", "abbrlink", "a1b2c3", "https://blog.example.com/posts/a1b2c3/")]
    public void Build_FrontMatterToken_UsesFrontMatterValue(string permalink, string key, string value, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("a", frontMatter: (key, value)), Site(RepositoryLayout.Hexo, Url, permalink)));

    [Fact]
    public void Build_PermalinkDefaults_FillMissingTokens() =>
        Assert.Equal("https://blog.example.com/en/a/",
            PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, Url, ":lang/:title/") with
            {
                Generator = new HexoSettings { PermalinkDefaults = new Dictionary<string, string> { ["lang"] = "en" } },
            }));

    [Theory]
    [InlineData(":title.html", true, false, "https://blog.example.com/a")]
    [InlineData(":title/index.html", false, true, "https://blog.example.com/a/")]
    [InlineData(":title/index.html", true, false, "https://blog.example.com/a/index.html")]
    public void Build_PrettyUrls_TrimsTrailingParts(string permalink, bool trailingIndex, bool trailingHtml, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, Url, permalink) with
        {
            Generator = new HexoSettings { TrailingIndex = trailingIndex, TrailingHtml = trailingHtml },
        }));

    [Theory]
    [InlineData("custom/path/", "https://blog.example.com/custom/path/")]
    [InlineData("/关于/", "https://blog.example.com/%E5%85%B3%E4%BA%8E/")]
    public void Build_FrontMatterPermalink_WinsOverPattern(string own, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("a", frontMatter: ("permalink", own)), Site(RepositoryLayout.Hexo, Url, ":year/:title/")));

    [Fact]
    public void Build_SiteInSubfolder_KeepsUrlPath() =>
        Assert.Equal("https://example.com/blog/2025/a/",
            PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, "https://example.com/blog", ":year/:title/")));

    [Fact]
    public void Build_HashToken_IsTwelveHexCharacters()
    {
        var link = PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, Url, ":hash/"));
        Assert.Matches("^https://blog.example.com/[0-9a-f]{12}/$", link);
    }
}

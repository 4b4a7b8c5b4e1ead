using Bot.Core.Links;
using Bot.Core.Repository;
using static Bot.Core.Tests.Links.LinkTestData;

namespace Bot.Core.Tests.Links;

/// <summary>Expected URLs follow Jekyll's permalink styles, Drops::UrlDrop placeholders and URL.escape_path.</summary>
public sealed class JekyllPermalinkTests
{
    private const string Url = "https://example.com/blog";

    [Theory]
    [InlineData("date", "https://example.com/blog/2025/03/08/hello-world.html")]
    [InlineData("pretty", "https://example.com/blog/2025/03/08/hello-world/")]
    [InlineData("ordinal", "https://example.com/blog/2025/067/hello-world.html")]
    [InlineData("weekdate", "https://example.com/blog/2025/W10/Sat/hello-world.html")]
    [InlineData("none", "https://example.com/blog/hello-world.html")]
    [InlineData("/:year/:i_month/:i_day/:short_month/:title/", "https://example.com/blog/2025/3/8/Mar/hello-world/")]
    public void Build_Style_MatchesJekyllTemplate(string style, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("hello-world"), Site(RepositoryLayout.Jekyll, Url, style)));

    [Fact]
    public void Build_Categories_AreLowerCasedAndEscapedInPath() =>
        Assert.Equal("https://example.com/blog/ai/deep%20learning/2025/03/08/hello-world/",
            PostLinkBuilder.Build(Post("hello-world", categories: ["AI", "Deep Learning"]), Site(RepositoryLayout.Jekyll, Url, "pretty")));

    [Fact]
    public void Build_ChineseSlug_KeepsLettersAndPercentEncodes() =>
        Assert.Equal("https://example.com/blog/2025/03/08/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0-%E5%85%A5%E9%97%A8.html",
            PostLinkBuilder.Build(Post("深度学习 入门"), Site(RepositoryLayout.Jekyll, Url, "date")));

    [Fact]
    public void Build_FrontMatterSlug_ReplacesFileNameInTitleKeepingCase() =>
        Assert.Equal("https://example.com/blog/2025/03/08/Custom-Slug.html",
            PostLinkBuilder.Build(Post("hello-world", frontMatter: ("slug", "Custom Slug")), Site(RepositoryLayout.Jekyll, Url, "date")));

    [Fact]
    public void Build_SlugToken_IsDefaultModeLowerCase() =>
        Assert.Equal("https://example.com/blog/custom-slug/",
            PostLinkBuilder.Build(Post("hello-world", frontMatter: ("slug", "Custom Slug")), Site(RepositoryLayout.Jekyll, Url, "/:slug/")));

    [Fact]
    public void Build_FrontMatterPermalink_WinsAndFillsPlaceholders() =>
        Assert.Equal("https://example.com/blog/about/2025/",
            PostLinkBuilder.Build(Post("hello-world", frontMatter: ("permalink", "/about/:year/")), Site(RepositoryLayout.Jekyll, Url, "date")));

    [Fact]
    public void Build_NoBaseUrl_StartsAtSiteUrl() =>
        Assert.Equal("https://example.com/2025/03/08/a.html",
            PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Jekyll, "https://example.com", "date")));
}

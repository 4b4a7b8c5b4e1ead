using Bot.Core.Generators.Hugo;
using Bot.Core.Links;
using Bot.Core.Repository;
using static Bot.Core.Tests.Links.LinkTestData;

namespace Bot.Core.Tests.Links;

/// <summary>Expected URLs follow Hugo's default page paths, [permalinks] tokens and URLize.</summary>
public sealed class HugoPermalinkTests
{
    private const string Url = "https://example.org";

    private static SiteSettings Hugo(params (string Section, string Pattern)[] sections) =>
        Site(RepositoryLayout.Hugo, Url, HugoPermalink.DefaultPattern) with
        {
            Generator = new HugoSettings { SectionPermalinks = sections.ToDictionary(s => s.Section, s => s.Pattern) },
        };

    [Theory]
    [InlineData("posts/my-first-post", "https://example.org/posts/my-first-post/")]
    [InlineData("posts/My Post", "https://example.org/posts/my-post/")]
    [InlineData("posts/bundle-post/index", "https://example.org/posts/bundle-post/")]
    [InlineData("posts/2025/deep/x", "https://example.org/posts/2025/deep/x/")]
    [InlineData("posts/深度学习", "https://example.org/posts/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/")]
    public void Build_NoPermalinksConfig_UsesContentPath(string path, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post(path), Hugo()));

    [Fact]
    public void Build_FrontMatterSlug_ReplacesFileName() =>
        Assert.Equal("https://example.org/posts/hello-world/",
            PostLinkBuilder.Build(Post("posts/x", frontMatter: ("slug", "Hello World")), Hugo()));

    [Theory]
    [InlineData("/:year/:month/:slug/", "https://example.org/2025/03/my-first-post/")]
    [InlineData("/:section/:filename/", "https://example.org/posts/hello_world/")]
    [InlineData("/:year/:monthname/:day/:title/", "https://example.org/2025/march/08/my-first-post/")]
    [InlineData("/:sections/:slugorfilename/", "https://example.org/posts/hello_world/")]
    public void Build_SectionPattern_ExpandsHugoTokens(string pattern, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("posts/Hello_World", title: "My First Post!"), Hugo(("posts", pattern))));

    [Fact]
    public void Build_ChineseTitleToken_IsUrlized() =>
        Assert.Equal("https://example.org/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0-%E5%85%A5%E9%97%A8/",
            PostLinkBuilder.Build(Post("posts/x", title: "深度学习 入门"), Hugo(("posts", "/:title/"))));

    [Fact]
    public void Build_FrontMatterUrl_WinsOverEverything() =>
        Assert.Equal("https://example.org/custom/url/",
            PostLinkBuilder.Build(Post("posts/x", frontMatter: ("url", "/custom/url/")), Hugo(("posts", "/:year/:slug/"))));

    [Fact]
    public void Build_DisablePathToLower_KeepsCase() =>
        Assert.Equal("https://example.org/posts/Hello-World/",
            PostLinkBuilder.Build(Post("posts/Hello World"), Hugo() with { Generator = new HugoSettings { PathToLower = false } }));

    [Fact]
    public void Build_OtherSection_KeepsDefault() =>
        Assert.Equal("https://example.org/notes/x/",
            PostLinkBuilder.Build(Post("notes/x"), Hugo(("posts", "/:year/:slug/"))));
}

using Bot.Core.Generators;
using Bot.Core.Generators.Hexo;
using Bot.Core.Generators.Hugo;
using Bot.Core.Generators.Jekyll;
using Bot.Core.Links;
using Bot.Core.Repository;
using static Bot.Core.Tests.Links.LinkTestData;

namespace Bot.Core.Tests.Links;

/// <summary>
/// The rules the golden fixtures (<see cref="GeneratorGoldenTests"/>) showed our first implementation had wrong, each
/// pinned on its own so a regression names the rule. Expected values are what Hexo 8.1.2, Jekyll 4.3.1 and Hugo
/// 0.111.3 published for the same input.
/// </summary>
public sealed class GeneratorQuirkTests
{
    [Theory]
    [InlineData("emoji-🎉-party", "default", false, "emoji-party")]
    [InlineData("emoji-🚀", "pretty", true, "emoji")]
    [InlineData("𠀀字 🚀 rocket", "default", false, "𠀀字-rocket")]
    public void JekyllSlugify_Emoji_IsDroppedLikeOtherSymbols(string input, string mode, bool cased, string expected) =>
        Assert.Equal(expected, JekyllSlug.Slugify(input, mode, cased));

    [Theory]
    [InlineData("Emoji 🎉 Party", "Emoji-Party")]
    [InlineData("标题 Note 🚀", "标题-Note")]
    [InlineData("𠀀字", "𠀀字")]
    public void HugoSanitize_Emoji_IsDroppedButAstralLettersStay(string input, string expected) =>
        Assert.Equal(expected, HugoUrlize.Sanitize(input));

    [Fact]
    public void HugoBuild_DefaultPathSlugEndingInEmoji_KeepsHyphenBeforeSlash() =>
        Assert.Equal("https://hugo.example.com/posts/%E8%87%AA%E5%AE%9A%E4%B9%89-slug-/",
            PostLinkBuilder.Build(Post("posts/slugged", frontMatter: ("slug", "自定义 Slug 🚀")),
                Site(RepositoryLayout.Hugo, "https://hugo.example.com", HugoPermalink.DefaultPattern)));

    [Fact]
    public void HugoBuild_TitleTokenEndingInEmoji_HasNoTrailingHyphen() =>
        Assert.Equal("https://example.org/notes/%E6%A0%87%E9%A2%98-note/",
            PostLinkBuilder.Build(Post("notes/x", title: "标题 Note 🚀"),
                Site(RepositoryLayout.Hugo, "https://example.org", HugoPermalink.DefaultPattern) with
                {
                    Generator = new HugoSettings { SectionPermalinks = new Dictionary<string, string> { ["notes"] = "/:section/:title/" } },
                }));

    [Theory]
    [InlineData(RepositoryLayout.Hexo, "2024-03-31T16:30:00Z", "2024-03-31T16:30:00+08:00")]
    [InlineData(RepositoryLayout.Hexo, "2024-04-30 23:59:00 -05:00", "2024-05-01T04:59:00+08:00")]
    [InlineData(RepositoryLayout.Hexo, "2024-03-01 23:30:00", "2024-03-01T23:30:00+08:00")]
    [InlineData(RepositoryLayout.Hexo, "2024-05-05", "2024-05-05T00:00:00+08:00")]
    [InlineData(RepositoryLayout.Jekyll, "2024-04-02 23:59:00", "2024-04-03T07:59:00+08:00")]
    [InlineData(RepositoryLayout.Jekyll, "2024-03-31 16:30:00 +0000", "2024-03-31T16:30:00+00:00")]
    [InlineData(RepositoryLayout.Jekyll, "2024-05-05", "2024-05-05T00:00:00+08:00")]
    [InlineData(RepositoryLayout.Hugo, "2024-03-31T16:30:00Z", "2024-03-31T16:30:00+00:00")]
    [InlineData(RepositoryLayout.Hugo, "2024-04-02 23:59:00", "2024-04-02T23:59:00+08:00")]
    public void GeneratorDatesTryParse_Layout_ReadsTimestampLikeTheGenerator(RepositoryLayout layout, string text, string expected)
    {
        Assert.True(SiteGenerators.For(layout).TryParseDate(text, Shanghai, out var date));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void GeneratorDatesTryParse_NotADate_ReturnsFalse() =>
        Assert.False(SiteGenerators.For(RepositoryLayout.Hexo).TryParseDate("soon", Shanghai, out _));

    [Theory]
    [InlineData("posts/:title", "https://notes.example.com/posts/a/")]
    [InlineData("posts/:title.html", "https://notes.example.com/posts/a.html")]
    public void HexoBuild_PostAssetFolder_AddsTrailingSlashUnlessHtml(string permalink, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("a"), Site(RepositoryLayout.Hexo, "https://notes.example.com", permalink) with
        {
            Generator = new HexoSettings { PostAssetFolder = true },
        }));

    [Fact]
    public void HexoBuild_PostAssetFolderWithOwnPermalink_AddsTrailingSlash() =>
        Assert.Equal("https://notes.example.com/about/me/",
            PostLinkBuilder.Build(Post("d", frontMatter: ("permalink", "about/me")), Site(RepositoryLayout.Hexo, "https://notes.example.com", ":title/") with
            {
                Generator = new HexoSettings { PostAssetFolder = true },
            }));

    [Fact]
    public void GeneratorDatesTryParse_HexoWallClockInDaylightSavingGap_UsesOffsetAtThatUtcInstant()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.True(SiteGenerators.For(RepositoryLayout.Hexo).TryParseDate("2024-03-31 02:30:00", berlin, out var date));

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 0, 30, 0, TimeSpan.Zero), date.ToUniversalTime());
    }

    [Theory]
    [InlineData("/:name/", "https://ordinal.example.com/2024-12-31-year-end/")]
    [InlineData("/:slugified_categories/:title/", "https://ordinal.example.com/dev-ops/c/year-end/")]
    [InlineData("/:categories/:title/", "https://ordinal.example.com/dev%20ops/c++/year-end/")]
    [InlineData("/:short_month/:short_day/:long_month/:long_day/", "https://ordinal.example.com/Dec/Tue/December/Tuesday/")]
    public void JekyllBuild_Placeholder_MatchesJekyll431(string permalink, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(
            Post("year-end", date: "2024-12-31T10:00:00+08:00", categories: ["Dev Ops", "C++"]) with { FileName = "2024-12-31-year-end" },
            Site(RepositoryLayout.Jekyll, "https://ordinal.example.com", permalink)));

    [Theory]
    [InlineData(new string[0], "https://legacy.example.com/docs/guide/366/x/")]
    [InlineData(new[] { "docs" }, "https://legacy.example.com/docs/366/x/")]
    [InlineData(new[] { "docs", "docs/guide" }, "https://legacy.example.com/docs/guide/366/x/")]
    public void HugoBuild_SectionsToken_ListsOnlyFoldersThatAreSections(string[] sections, string expected) =>
        Assert.Equal(expected, PostLinkBuilder.Build(Post("docs/guide/x", date: "2024-12-31T10:00:00+08:00"),
            Site(RepositoryLayout.Hugo, "https://legacy.example.com", HugoPermalink.DefaultPattern) with
            {
                Generator = new HugoSettings
                {
                    SectionPermalinks = new Dictionary<string, string> { ["docs"] = "/:sections/:yearday/:filename/" },
                    Sections = sections.ToHashSet(StringComparer.Ordinal),
                },
            }));
}

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
                    SectionPermalinks = new Dictionary<string, string> { ["notes"] = "/:section/:title/" },
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
        Assert.True(GeneratorDates.TryParse(text, Shanghai, layout, out var date));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void GeneratorDatesTryParse_NotADate_ReturnsFalse() =>
        Assert.False(GeneratorDates.TryParse("soon", Shanghai, RepositoryLayout.Hexo, out _));
}

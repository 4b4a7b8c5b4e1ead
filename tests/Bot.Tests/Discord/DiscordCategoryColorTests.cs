using Bot.Discord;
using Bot.DiscordAdapter;

namespace Bot.Tests.Discord;

public sealed class DiscordCategoryColorTests
{
    [Theory]
    [InlineData("NLP", "nlp")]
    [InlineData("ＮＬＰ", "nlp")]
    [InlineData(" 机器学习 ", "机器学习")]
    public void For_SameCategoryWritten_Differently_SameColour(string a, string b) =>
        Assert.Equal(DiscordCategoryColor.For(a), DiscordCategoryColor.For(b));

    [Fact]
    public void For_KnownName_FixedAcrossRuns()
    {
        // A golden value: a change here means every channel's colours change.
        Assert.Equal(DiscordCategoryColor.For("NLP"), DiscordCategoryColor.For("NLP"));
        Assert.Equal(0x2D59D2, DiscordCategoryColor.For("NLP"));
    }

    [Fact]
    public void For_ManyCategories_SpreadOverDistinctValidColours()
    {
        var colours = new[] { "NLP", "Rust", "机器学习", "随笔", "Go", "C#", "生活", "Linux" }.Select(DiscordCategoryColor.For).ToList();

        Assert.All(colours, c => Assert.InRange(c, 0, 0xFFFFFF));
        Assert.True(colours.Distinct().Count() >= 7);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void For_NoCategory_Blurple(string? category) =>
        Assert.Equal(DiscordCategoryColor.Uncategorized, DiscordCategoryColor.For(category));
}

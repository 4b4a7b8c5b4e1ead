using Bot.Core.Commands;

namespace Bot.Core.Tests.Commands;

public sealed class CategorySuggesterTests
{
    private static readonly Bot.Core.Posts.PostIndex Index = CommandFixtures.IndexWithCounts(
        ("Python", 9), ("NLP", 8), ("深度学习", 7), ("机器学习", 6), ("PyTorch", 5), ("Deep Learning", 4),
        ("Computer Vision", 3), ("学习笔记", 2), ("ＧＰＵ", 1));

    [Theory]
    [InlineData("", "Python,NLP,深度学习")]
    [InlineData(null, "Python,NLP,深度学习")]
    [InlineData("py", "Python,PyTorch")]
    [InlineData("PY", "Python,PyTorch")]
    [InlineData("on", "Python,Computer Vision")]
    [InlineData("学习", "学习笔记,深度学习,机器学习")]
    [InlineData("深度", "深度学习")]
    [InlineData("gpu", "ＧＰＵ")]
    [InlineData("ｐｙ", "Python,PyTorch")]
    [InlineData("deep-learn", "Deep Learning")]
    [InlineData("zzz", "")]
    public void Suggest_Query_PrefixMatchesThenContains(string? query, string expected)
    {
        var names = CategorySuggester.Suggest(Index, query, max: 3).Select(c => c.Name);

        Assert.Equal(expected, string.Join(',', names));
    }

    [Fact]
    public void Suggest_ManyCategories_ReturnsAtMost25()
    {
        var index = CommandFixtures.IndexWithCounts([.. Enumerable.Range(0, 40).Select(i => ($"Topic {i}", 1))]);

        Assert.Equal(25, CategorySuggester.Suggest(index, "topic").Count);
        Assert.Equal(25, CategorySuggester.Suggest(index, "").Count);
    }
}

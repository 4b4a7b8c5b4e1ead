using Bot.Core.Commands;
using Bot.Core.Text;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Commands;

public sealed class CommandHandlerCategoryTests
{
    private static readonly Bot.Core.Posts.PostIndex Index = CommandFixtures.IndexWithCounts(
        ("NLP", 12), ("深度学习", 7), ("Python", 3), ("Deep Learning", 2), ("NLU", 1));

    private readonly CommandHandler handler = new(new FakeTimeProvider(CommandFixtures.Now));

    [Fact]
    public void Handle_CategoryList_OneButtonPerCategoryByCount()
    {
        var reply = handler.Handle(new CategoryListCommand(), Index, ReplyLanguage.English);

        Assert.Equal("Categories", reply.Heading);
        Assert.Equal(["NLP (12)", "深度学习 (7)", "Python (3)", "Deep Learning (2)", "NLU (1)"], reply.CategoryChoices.Select(b => b.Label));
        Assert.Equal(["NLP", "深度学习", "Python", "Deep Learning", "NLU"],
            reply.CategoryChoices.Select(b => Assert.IsType<CategoryPostsCommand>(CommandPayload.Decode(b.Payload, Index)).Category));
        Assert.Empty(reply.Paging);
        Assert.False(reply.IsNotice);
    }

    [Theory]
    [InlineData(0, 24, "Next ›")]
    [InlineData(1, 6, "‹ Previous")]
    [InlineData(5, 6, "‹ Previous")]
    public void Handle_CategoryListOver24_IsPaged(int page, int expectedChoices, string expectedPaging)
    {
        var index = CommandFixtures.IndexWithCounts([.. Enumerable.Range(0, 30).Select(i => ($"Topic {i:D2}", 1))]);

        var reply = handler.Handle(new CategoryListCommand(page), index, ReplyLanguage.English);

        Assert.Equal(expectedChoices, reply.CategoryChoices.Count);
        Assert.Equal(expectedPaging, Assert.Single(reply.Paging).Label);
        Assert.IsType<CategoryListCommand>(CommandPayload.Decode(reply.Paging[0].Payload, index));
    }

    [Theory]
    [InlineData("NLP", "NLP")]
    [InlineData("nlp", "NLP")]
    [InlineData("ＮＬＰ", "NLP")]
    [InlineData("深度 学习", "深度学习")]
    [InlineData("deep_learning", "Deep Learning")]
    [InlineData("DEEP-LEARNING", "Deep Learning")]
    [InlineData("deeplearning", "Deep Learning")]
    public void Handle_CategoryName_MatchesAcrossCaseScriptAndSeparators(string typed, string expected)
    {
        var reply = handler.Handle(new CategoryPostsCommand(typed), Index, ReplyLanguage.English);

        Assert.Equal($"Category: {expected}", reply.Heading);
        Assert.NotEmpty(reply.Items);
        Assert.All(reply.Items, i => Assert.Contains(expected, i.Categories));
        Assert.False(reply.IsNotice);
    }

    [Theory]
    [InlineData(0, 5, "Older ›")]
    [InlineData(1, 5, "‹ Newer|Older ›")]
    [InlineData(2, 2, "‹ Newer")]
    [InlineData(40, 2, "‹ Newer")]
    public void Handle_CategoryPosts_PagesOfFive(int page, int expectedItems, string expectedPaging)
    {
        var reply = handler.Handle(new CategoryPostsCommand("nlp", page), Index, ReplyLanguage.English);

        Assert.Equal("12 posts", reply.Text);
        Assert.Equal(expectedItems, reply.Items.Count);
        Assert.Equal(expectedPaging, string.Join('|', reply.Paging.Select(b => b.Label)));
        Assert.All(reply.Paging, b => Assert.Equal("NLP", Assert.IsType<CategoryPostsCommand>(CommandPayload.Decode(b.Payload, Index)).Category));
    }

    [Theory]
    [InlineData(ReplyLanguage.English, "nlpp", "No category 'nlpp'. Did you mean NLP?")]
    [InlineData(ReplyLanguage.Chinese, "nlpp", "没有分类“nlpp”。你是不是要找 NLP？")]
    [InlineData(ReplyLanguage.English, "nlx", "No category 'nlx'. Did you mean NLP or NLU?")]
    [InlineData(ReplyLanguage.Chinese, "nlx", "没有分类“nlx”。你是不是要找 NLP 或 NLU？")]
    [InlineData(ReplyLanguage.English, "深度", "No category '深度'. Did you mean 深度学习?")]
    [InlineData(ReplyLanguage.English, "learning", "No category 'learning'. Did you mean Deep Learning?")]
    [InlineData(ReplyLanguage.English, "zzzzzz", "No category 'zzzzzz'. Pick one below.")]
    [InlineData(ReplyLanguage.Chinese, "zzzzzz", "没有分类“zzzzzz”。请从下面选择一个分类。")]
    public void Handle_UnknownCategory_NoticeWithSuggestionsAndChoices(ReplyLanguage language, string typed, string expected)
    {
        var reply = handler.Handle(new CategoryPostsCommand(typed), Index, language);

        Assert.True(reply.IsNotice);
        Assert.Equal(expected, reply.Text);
        Assert.Equal(5, reply.CategoryChoices.Count);
        Assert.Empty(reply.Items);
    }

    [Fact]
    public void Handle_ManyCloseNames_SuggestsAtMostThree()
    {
        var index = CommandFixtures.IndexWithCounts(("ab1", 1), ("ab2", 2), ("ab3", 3), ("ab4", 4), ("xyz", 5));

        var reply = handler.Handle(new CategoryPostsCommand("ab"), index, ReplyLanguage.English);

        Assert.Equal("No category 'ab'. Did you mean ab4, ab3 or ab2?", reply.Text);
    }

    [Fact]
    public void Handle_CategoryGivenAsShortId_ShowsThatCategory()
    {
        var reply = handler.Handle(new CategoryPostsCommand(CategoryShortId.For("深度学习")), Index, ReplyLanguage.Chinese);

        Assert.Equal("分类：深度学习", reply.Heading);
        Assert.Equal("共 7 篇文章", reply.Text);
    }

    [Fact]
    public void Handle_CategoryWithVeryLongName_ShortensButtonLabel()
    {
        var name = string.Concat(Enumerable.Repeat("深度学习🤖", 50));
        var index = CommandFixtures.IndexWithCounts((name, 3));

        var choice = Assert.Single(handler.Handle(new CategoryListCommand(), index, ReplyLanguage.English).CategoryChoices);

        Assert.Equal(TextShortener.Shorten(name, CommandTexts.MaxCategoryLabelLength) + " (3)", choice.Label);
        Assert.Equal(name, Assert.IsType<CategoryPostsCommand>(CommandPayload.Decode(choice.Payload, index)).Category);
    }
}

using Bot.Core.Commands;
using Bot.Core.Posts;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Commands;

public sealed class CommandHandlerLatestTests
{
    private readonly CommandHandler handler = new(new FakeTimeProvider(CommandFixtures.Now));

    [Theory]
    [InlineData(12, 5, 0, "12,11,10,9,8", "", "Older ›")]
    [InlineData(12, 5, 1, "7,6,5,4,3", "‹ Newer", "Older ›")]
    [InlineData(12, 5, 2, "2,1", "‹ Newer", "")]
    [InlineData(12, 5, 99, "2,1", "‹ Newer", "")]
    [InlineData(10, 5, 1, "5,4,3,2,1", "‹ Newer", "")]
    [InlineData(3, 5, 0, "3,2,1", "", "")]
    [InlineData(25, 20, 0, "25,24,23,22,21,20,19,18,17,16,15,14,13,12,11,10,9,8,7,6", "", "Older ›")]
    public void Handle_Latest_PagesNewestFirst(int posts, int count, int page, string expectedNumbers, string newer, string older)
    {
        var reply = handler.Handle(new LatestCommand(count, page), CommandFixtures.Index(posts, "NLP"), ReplyLanguage.English);

        Assert.Equal("Latest posts", reply.Heading);
        Assert.Equal(expectedNumbers, string.Join(',', reply.Items.Select(i => i.Title.Replace("Post ", "", StringComparison.Ordinal))));
        Assert.Equal(string.Join('|', new[] { newer, older }.Where(l => l.Length > 0)), string.Join('|', reply.Paging.Select(b => b.Label)));
        Assert.False(reply.IsNotice);
    }

    [Fact]
    public void Handle_LatestMiddlePage_ButtonsDecodeToNeighbourPages()
    {
        var index = CommandFixtures.Index(30, "NLP");
        var reply = handler.Handle(new LatestCommand(4, 3), index, ReplyLanguage.English);

        Assert.Equal(2, reply.Paging.Count);
        Assert.Equal(new LatestCommand(4, 2), CommandPayload.Decode(reply.Paging[0].Payload, index));
        Assert.Equal(new LatestCommand(4, 4), CommandPayload.Decode(reply.Paging[1].Payload, index));
    }

    [Fact]
    public void Handle_LatestInChinese_UsesChineseLabels()
    {
        var reply = handler.Handle(new LatestCommand(2, 1), CommandFixtures.Index(6, "NLP"), ReplyLanguage.Chinese);

        Assert.Equal("最新文章", reply.Heading);
        Assert.Equal(["‹ 较新", "较旧 ›"], reply.Paging.Select(b => b.Label));
    }

    [Fact]
    public void Handle_LatestItem_CarriesPostFields()
    {
        var reply = handler.Handle(new LatestCommand(1), CommandFixtures.Index(3, "NLP"), ReplyLanguage.English);

        var expected = CommandFixtures.MakePost(3, "NLP");
        var item = Assert.Single(reply.Items);
        Assert.Equal(new ReplyItem(expected.Title, expected.Link, expected.Date, expected.Categories, expected.Summary), item with { Categories = expected.Categories });
        Assert.Equal(["NLP"], item.Categories);
    }

    [Theory]
    [InlineData(ReplyLanguage.English, "No posts yet.")]
    [InlineData(ReplyLanguage.Chinese, "还没有文章。")]
    public void Handle_EmptyIndex_SaysNoPostsYet(ReplyLanguage language, string expected)
    {
        foreach (ChatCommand command in new ChatCommand[] { new LatestCommand(5), new CategoryListCommand(), new CategoryPostsCommand("NLP") })
        {
            var reply = handler.Handle(command, PostIndex.Empty, language);

            Assert.Equal(expected, reply.Text);
            Assert.Empty(reply.Items);
            Assert.Empty(reply.Paging);
        }
    }

    [Fact]
    public void Handle_PostExpiredSinceIndexWasBuilt_LeavesItOut()
    {
        var time = new FakeTimeProvider(CommandFixtures.Now);
        var expiring = CommandFixtures.MakePost(5, "NLP") with { ExpiryDate = CommandFixtures.Now.AddHours(1) };
        var index = PostIndex.Build([.. Enumerable.Range(1, 4).Select(i => CommandFixtures.MakePost(i, "NLP")), expiring], CommandFixtures.Now);
        var timedHandler = new CommandHandler(time);

        Assert.Equal("Post 5", timedHandler.Handle(new LatestCommand(1), index, ReplyLanguage.English).Items[0].Title);
        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal("Post 4", timedHandler.Handle(new LatestCommand(1), index, ReplyLanguage.English).Items[0].Title);
    }

    [Theory]
    [InlineData(ReplyLanguage.English, "Commands")]
    [InlineData(ReplyLanguage.Chinese, "命令")]
    public void Handle_Help_ListsEveryCommand(ReplyLanguage language, string heading)
    {
        var help = handler.Handle(new HelpCommand(), PostIndex.Empty, language);
        var start = handler.Handle(new StartCommand(), PostIndex.Empty, language);

        Assert.Equal(heading, help.Heading);
        Assert.NotEqual(help.Heading, start.Heading);
        foreach (var command in new[] { "/latest", "/category", "/help" })
        {
            Assert.Contains(command, help.Text, StringComparison.Ordinal);
            Assert.Contains(command, start.Text, StringComparison.Ordinal);
        }
    }
}

using Bot.Core.Channels;
using Bot.Core.Posts;

namespace Bot.Core.Tests;

public sealed class ChannelRouterTests
{
    private static Post MakePost(string[] categories, string[]? tags = null) => new()
    {
        Id = "p1",
        Source = "source/_posts/p1.md",
        Title = "T",
        Date = DateTimeOffset.UnixEpoch,
        Categories = categories,
        Tags = tags ?? [],
        Link = "https://example.com/p1/",
        Summary = "s",
        ContentHash = "h",
    };

    [Theory]
    [InlineData(new[] { "*" }, new string[0], new[] { "Python" }, true)]
    [InlineData(new string[0], new string[0], new[] { "Python" }, true)]
    [InlineData(new[] { "nlp" }, new string[0], new[] { "NLP" }, true)]
    [InlineData(new[] { "ＮＬＰ" }, new string[0], new[] { "NLP" }, true)]
    [InlineData(new[] { "深度学习" }, new string[0], new[] { "深度学习", "NLP" }, true)]
    [InlineData(new[] { "Python" }, new string[0], new[] { "NLP" }, false)]
    [InlineData(new[] { "*" }, new[] { "NLP" }, new[] { "深度学习", "NLP" }, false)]
    public void Wants_CategoriesAndExclusions_MatchCaseInsensitively(string[] wanted, string[] excluded, string[] postCategories, bool expected)
    {
        var channel = new ChannelOptions { Name = "c", Categories = [.. wanted], ExcludeCategories = [.. excluded] };
        Assert.Equal(expected, ChannelRouter.Wants(channel, MakePost(postCategories)));
    }

    [Fact]
    public void Wants_DisabledChannel_WantsNothing()
    {
        var channel = new ChannelOptions { Name = "c", Enabled = false };
        Assert.False(ChannelRouter.Wants(channel, MakePost(["Python"])));
    }

    [Fact]
    public void Wants_TagOnlyChannel_MatchesByTag()
    {
        var channel = new ChannelOptions { Name = "c", Tags = ["pytorch"] };
        Assert.True(ChannelRouter.Wants(channel, MakePost(["Python"], ["PyTorch"])));
        Assert.False(ChannelRouter.Wants(channel, MakePost(["Python"], ["numpy"])));
    }
}

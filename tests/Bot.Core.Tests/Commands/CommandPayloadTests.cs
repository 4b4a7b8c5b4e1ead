using System.Text;
using Bot.Core.Commands;
using Bot.Core.Posts;

namespace Bot.Core.Tests.Commands;

public sealed class CommandPayloadTests
{
    private static readonly string LongCjk = string.Concat(Enumerable.Repeat("深度学习与自然语言处理", 20));
    private static readonly string LongEmoji = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦🇨🇳", 40));

    public static TheoryData<string> CategoryNames => new()
    {
        "NLP",
        "深度学习",
        "C#",
        "a:b:c",
        "🤖 Bots",
        LongCjk,
        LongEmoji,
        new string('x', 500),
    };

    public static TheoryData<ChatCommand> NonCategoryCommands => new()
    {
        new StartCommand(),
        new HelpCommand(),
        new LatestCommand(5),
        new LatestCommand(5, 2),
        new LatestCommand(20, int.MaxValue),
        new CategoryListCommand(),
        new CategoryListCommand(7),
    };

    [Theory]
    [MemberData(nameof(NonCategoryCommands))]
    public void EncodeDecode_Command_RoundTrips(ChatCommand command)
    {
        var payload = CommandPayload.Encode(command, PostIndex.Empty);

        Assert.Equal(command, CommandPayload.Decode(payload, PostIndex.Empty));
    }

    [Theory]
    [MemberData(nameof(CategoryNames))]
    public void EncodeDecode_AnyCategoryName_RoundTripsWithinButtonLimits(string category)
    {
        var index = PostIndex.Build([CommandFixtures.MakePost(1, category), CommandFixtures.MakePost(2, "Other")], CommandFixtures.Now);
        var command = new CategoryPostsCommand(category, int.MaxValue);

        var payload = CommandPayload.Encode(command, index);

        Assert.True(Encoding.UTF8.GetByteCount(payload) <= 64, payload);
        Assert.True(payload.Length <= 100, payload);
        Assert.True(payload.All(char.IsAscii), payload);
        Assert.Equal(command, CommandPayload.Decode(payload, index));
    }

    [Theory]
    [InlineData("nlp")]
    [InlineData("ＮＬＰ")]
    [InlineData(" NLP ")]
    public void Decode_NameTypedDifferently_GivesIndexedName(string typed)
    {
        var index = CommandFixtures.Index(3, "NLP");

        var payload = CommandPayload.Encode(new CategoryPostsCommand(typed, 1), index);

        Assert.Equal(new CategoryPostsCommand("NLP", 1), CommandPayload.Decode(payload, index));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("l")]
    [InlineData("l:5")]
    [InlineData("l:0:0")]
    [InlineData("l:21:0")]
    [InlineData("l:a:0")]
    [InlineData("l:5:-1")]
    [InlineData("l:5:+1")]
    [InlineData("l:5: 1")]
    [InlineData("l:5:99999999999")]
    [InlineData("l:5:1:2")]
    [InlineData("cl:")]
    [InlineData("cl:1:2")]
    [InlineData("c:NLP:0")]
    [InlineData("c:aaaaaaaa:0")]
    [InlineData("c::0")]
    [InlineData("s:1")]
    [InlineData("L:5:0")]
    [InlineData("l:５:0")]
    [InlineData("l:5:0                                                                    ")]
    public void Decode_MalformedOrUnknown_GivesNull(string payload)
    {
        Assert.Null(CommandPayload.Decode(payload, CommandFixtures.Index(10, "NLP", "Python")));
    }

    [Fact]
    public void Decode_CategoryGoneFromIndex_GivesNull()
    {
        var before = CommandFixtures.Index(4, "NLP", "Python");
        var payload = CommandPayload.Encode(new CategoryPostsCommand("Python"), before);
        var after = CommandFixtures.Index(4, "NLP");

        Assert.NotNull(CommandPayload.Decode(payload, before));
        Assert.Null(CommandPayload.Decode(payload, after));
    }

    [Fact]
    public void Encode_SameName_GivesSameIdAcrossIndexes()
    {
        var first = CommandPayload.Encode(new CategoryPostsCommand("深度学习"), CommandFixtures.Index(2, "深度学习"));
        var second = CommandPayload.Encode(new CategoryPostsCommand("深度学习"), CommandFixtures.Index(9, "深度学习", "NLP"));

        Assert.Equal(first, second);
        Assert.Matches("^c:[a-z2-7]{8}:0$", first);
    }
}

using Bot.Core.Commands;

namespace Bot.Core.Tests.Commands;

public sealed class CommandParserTests
{
    public static TheoryData<string, ChatCommand?> Forms => new()
    {
        { "/start", new StartCommand() },
        { "/start deep-link-payload", new StartCommand() },
        { "/help", new HelpCommand() },
        { "/HELP", new HelpCommand() },
        { "/latest", new LatestCommand(5) },
        { "/latest 5", new LatestCommand(5) },
        { "/latest 12", new LatestCommand(12) },
        { "/latest 0", new LatestCommand(1) },
        { "/latest -3", new LatestCommand(1) },
        { "/latest 21", new LatestCommand(20) },
        { "/latest 99999999999999999999999", new LatestCommand(20) },
        { "/latest lots", new LatestCommand(5) },
        { "/latest ５", new LatestCommand(5) },
        { "/latest ７ extra words", new LatestCommand(7) },
        { "/latest@OurBot 5", new LatestCommand(5) },
        { "/latest@ourbot 3", new LatestCommand(3) },
        { "/latest@OtherBot 5", null },
        { "/help@OtherBot", null },
        { "  /latest 3  ", new LatestCommand(3) },
        { "／latest 3", new LatestCommand(3) },
        { "／ｌａｔｅｓｔ", new LatestCommand(5) },
        { "/category", new CategoryListCommand() },
        { "/category   ", new CategoryListCommand() },
        { "/category@OurBot", new CategoryListCommand() },
        { "/category NLP", new CategoryPostsCommand("NLP") },
        { "/category 深度 学习", new CategoryPostsCommand("深度 学习") },
        { "/category@OurBot  深度学习 ", new CategoryPostsCommand("深度学习") },
        { "/category 🤖 Bots\nsecond line", new CategoryPostsCommand("🤖 Bots") },
        { "/category\tNLP", new CategoryPostsCommand("NLP") },
        { "/unknown", null },
        { "/latestx", null },
        { "latest", null },
        { "hello /latest", null },
        { "/", null },
        { "", null },
        { "   ", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parse_Form_GivesCommand(string text, ChatCommand? expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text, "OurBot"));
    }

    [Theory]
    [InlineData("@OurBot")]
    [InlineData("ourbot")]
    public void Parse_UsernameWithOrWithoutAt_MatchesMention(string username)
    {
        Assert.Equal(new LatestCommand(2), CommandParser.Parse("/latest@OurBot 2", username));
    }

    [Fact]
    public void Parse_UnknownUsername_AcceptsAnyMention()
    {
        Assert.Equal(new HelpCommand(), CommandParser.Parse("/help@SomeBot", null));
    }
}

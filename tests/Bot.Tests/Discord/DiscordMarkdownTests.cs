using Bot.Discord;
using Bot.DiscordAdapter;

namespace Bot.Tests.Discord;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("plain 中文 text", "plain 中文 text")]
    [InlineData("**bold** _it_ ~~gone~~", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~")]
    [InlineData("`code` ||spoiler||", "\\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https://evil.example)")]
    [InlineData("@everyone <@&123> <@42>", "\\@everyone \\<\\@&123\\> \\<\\@42\\>")]
    [InlineData("# Heading\n> quote\n- item", "\\# Heading\n\\> quote\n\\- item")]
    [InlineData("C# and a-b", "C# and a-b")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Escape_PostText_InterpretedSyntaxBecomesLiteral(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Theory]
    [InlineData(256)]
    [InlineData(4096)]
    [InlineData(10)]
    public void EscapeAndFit_TextFullOfSyntax_EscapedFormFitsTheLimit(int max)
    {
        var text = string.Concat(Enumerable.Repeat("*_中文😀 ", 2000));

        var fitted = DiscordMarkdown.EscapeAndFit(text, max);

        Assert.InRange(fitted.Length, 1, max);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", fitted, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(fitted[^2]) && fitted[^1] == '…');
    }

    [Fact]
    public void EscapeAndFit_ShortText_Unchanged() =>
        Assert.Equal("新文章 \\*1\\*", DiscordMarkdown.EscapeAndFit("新文章 *1*", 256));
}

using Bot.Core.Text;

namespace Bot.Core.Tests;

public sealed class TextShortenerTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("hello brave new world", 12, "hello brave…")]
    [InlineData("一个最简单的DDP例子", 6, "一个最简单…")]
    [InlineData("👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 3, "👨‍👩‍👧‍👦👨‍👩‍👧‍👦…")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 5, "abcd…")]
    public void Shorten_OverLimit_CutsOnGraphemeAndWordBoundary(string text, int max, string expected)
    {
        Assert.Equal(expected, TextShortener.Shorten(text, max));
    }

    [Fact]
    public void Shorten_Always_StaysWithinLimit()
    {
        var text = string.Concat(Enumerable.Repeat("🇨🇳 深度学习 e\u0301 ", 50));
        for (var max = 1; max < 120; max++)
        {
            Assert.True(TextShortener.GraphemeCount(TextShortener.Shorten(text, max)) <= max);
        }
    }

    [Theory]
    [InlineData("", 0, false)]
    [InlineData("ab", 1, true)]
    [InlineData("ab", 2, false)]
    [InlineData("👨‍👩‍👧‍👦", 1, false)]
    [InlineData("e\u0301e\u0301", 1, true)]
    [InlineData("深度学习", 3, true)]
    public void IsLongerThan_GraphemeLimit_CountsClustersNotChars(string text, int graphemes, bool expected)
    {
        Assert.Equal(expected, TextShortener.IsLongerThan(text, graphemes));
        Assert.Equal(TextShortener.GraphemeCount(text) > graphemes, TextShortener.IsLongerThan(text, graphemes));
    }
}

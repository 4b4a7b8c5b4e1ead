using Bot.Core.Commands;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;

namespace Bot.Tests.Telegram;

public sealed class TelegramReplyRendererTests
{
    private static ReplyItem Item(int i, string title = "Title", string summary = "Summary") =>
        new($"{title} {i}", $"https://blog.example/{i}?a=1&b=2", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["NLP", "深度 学习"], summary);

    [Fact]
    public void Render_ListWithPaging_HeadingItemsAndPagingRowFromPayloads()
    {
        var reply = new Reply
        {
            Heading = "Latest <posts>",
            Items = [Item(1), Item(2)],
            Paging = [new ReplyButton("‹ Newer", "l:5:0"), new ReplyButton("Older ›", "l:5:2")],
        };

        var rendered = TelegramReplyRenderer.Render(reply);

        var (plain, error) = FakeTelegramHtml.Parse(rendered.Html);
        Assert.Null(error);
        Assert.Equal("Latest <posts>\n\nTitle 1\n2026-01-02 · #NLP #深度_学习\nSummary\n\nTitle 2\n2026-01-02 · #NLP #深度_学习\nSummary", plain);
        Assert.Contains("<a href=\"https://blog.example/1?a=1&amp;b=2\">Title 1</a>", rendered.Html, StringComparison.Ordinal);
        var row = Assert.Single(rendered.Keyboard!.InlineKeyboard);
        Assert.Equal(["l:5:0", "l:5:2"], row.Select(b => b.CallbackData));
        Assert.Equal(["‹ Newer", "Older ›"], row.Select(b => b.Text));
    }

    [Theory]
    [InlineData(new[] { "NLP (3)", "Go (1)", "Rust (2)", "AI (9)" }, new[] { 3, 1 })]
    [InlineData(new[] { "Machine Learning (30)", "深度学习 (12)", "Rust (2)" }, new[] { 2, 1 })]
    public void Render_CategoryChoices_TwoOrThreePerRowThenPaging(string[] labels, int[] rowSizes)
    {
        var reply = new Reply
        {
            Heading = "Categories",
            CategoryChoices = [.. labels.Select((l, i) => new ReplyButton(l, $"c:id{i}:0"))],
            Paging = [new ReplyButton("Next ›", "cl:1")],
        };

        var keyboard = TelegramReplyRenderer.Render(reply).Keyboard!.InlineKeyboard.Select(r => r.ToList()).ToList();

        Assert.Equal([.. rowSizes, 1], keyboard.Select(r => r.Count));
        Assert.Equal(labels, keyboard.SkipLast(1).SelectMany(r => r).Select(b => b.Text));
        Assert.Equal("cl:1", keyboard[^1][0].CallbackData);
    }

    [Fact]
    public void Render_NoButtons_NoKeyboard()
    {
        var rendered = TelegramReplyRenderer.Render(new Reply { Heading = "Help", Text = "Use /latest & /category." });

        Assert.Null(rendered.Keyboard);
        Assert.Equal("<b>Help</b>\nUse /latest &amp; /category.", rendered.Html);
    }

    [Fact]
    public void Render_TwentyHugeItems_ShrinksToFitAndStaysValid()
    {
        var items = Enumerable.Range(0, 20).Select(i => Item(i, new string('T', 2000), new string('s', 5000))).ToList();
        var reply = new Reply { Heading = "Latest", Text = new string('x', 5000), Items = items };

        var rendered = TelegramReplyRenderer.Render(reply);

        var (plain, error) = FakeTelegramHtml.Parse(rendered.Html);
        Assert.Null(error);
        Assert.InRange(plain!.Length, 1, TelegramHtml.MaxMessageLength);
        Assert.Equal(plain.Length, rendered.PlainLength);
        Assert.StartsWith("Latest\n", plain, StringComparison.Ordinal);
    }
}

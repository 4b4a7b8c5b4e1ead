using Bot.Core.Commands;
using Bot.Core.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as Telegram HTML and an inline keyboard: category buttons two or
/// three to a row, then the paging row. Pure. Summaries, then titles, then items give way to stay within 4096.
/// </summary>
public static class TelegramReplyRenderer
{
    /// <summary>Labels up to this long go three to a row; longer ones two.</summary>
    public const int ShortLabel = 12;

    private static readonly (int Summary, int Title)[] Budgets = [(200, 300), (80, 120), (0, 120), (0, 40)];

    public static TelegramReply Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var keyboard = Keyboard(reply);
        foreach (var (summary, title) in Budgets)
        {
            var html = Compose(reply, reply.Items.Count, summary, title);
            if (html.PlainLength <= TelegramHtml.MaxMessageLength)
            {
                return new TelegramReply(html.ToString(), html.PlainLength, keyboard);
            }
        }

        for (var items = reply.Items.Count - 1; items >= 0; items--)
        {
            var html = Compose(reply, items, 0, 40);
            if (html.PlainLength <= TelegramHtml.MaxMessageLength)
            {
                return new TelegramReply(html.ToString(), html.PlainLength, keyboard);
            }
        }

        var heading = new TelegramHtml().Bold(TextShortener.Shorten(reply.Heading, 200));
        return new TelegramReply(heading.ToString(), heading.PlainLength, keyboard);
    }

    private static TelegramHtml Compose(Reply reply, int items, int summaryGraphemes, int titleGraphemes)
    {
        var html = new TelegramHtml().Bold(reply.Heading);
        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            html.Text("\n").Text(TelegramAnnouncementRenderer.ShortenToUtf16(reply.Text.Trim(), 3000));
        }

        for (var i = 0; i < items; i++)
        {
            var item = reply.Items[i];
            var title = TextShortener.Shorten(string.IsNullOrWhiteSpace(item.Title) ? item.Link : item.Title.Trim(), titleGraphemes);
            html.Text("\n\n").Link(item.Link, title).Text("\n" + TelegramAnnouncementRenderer.Date(item.Date));
            var tags = string.Join(' ', TelegramAnnouncementRenderer.Hashtags(item.Categories));
            if (tags.Length > 0)
            {
                html.Text(" · " + tags);
            }

            if (summaryGraphemes > 0 && !string.IsNullOrWhiteSpace(item.Summary))
            {
                html.Text("\n" + TextShortener.Shorten(item.Summary.Trim(), summaryGraphemes));
            }
        }

        return html;
    }

    private static InlineKeyboardMarkup? Keyboard(Reply reply)
    {
        var rows = new List<InlineKeyboardButton[]>();
        var choices = reply.CategoryChoices;
        var perRow = choices.All(c => c.Label.Length <= ShortLabel) ? 3 : 2;
        rows.AddRange(choices.Chunk(perRow).Select(row => row.Select(Button).ToArray()));
        if (reply.Paging.Count > 0)
        {
            rows.Add([.. reply.Paging.Select(Button)]);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton Button(ReplyButton button) =>
        InlineKeyboardButton.WithCallbackData(button.Label, button.Payload);
}

using System.Globalization;
using Bot.Core.Posts;
using Bot.Core.Text;

namespace Bot.Telegram;

/// <summary>
/// Renders announcements in Telegram HTML: bold title linked to the post, categories as hashtags, date, summary, link.
/// Pure. The summary is shortened first when the message would pass 4096 characters; the link is never cut.
/// </summary>
public static class TelegramAnnouncementRenderer
{
    /// <summary>Titles longer than this are shortened; real titles never are.</summary>
    public const int MaxTitleGraphemes = 300;

    public const int MaxHashtags = 10;

    private const string Separator = " · ";

    public static TelegramMessage Render(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var summary = post.Summary.Trim();
        var full = Compose(post, summary);
        if (full.PlainLength <= TelegramHtml.MaxMessageLength || summary.Length == 0)
        {
            return Finish(full, post);
        }

        var budget = TelegramHtml.MaxMessageLength - Compose(post, "").PlainLength - 2;
        var shortened = budget < 2 ? "" : ShortenToUtf16(summary, budget);
        return Finish(Compose(post, shortened), post);
    }

    /// <summary>Shortens on a grapheme (and, where there are spaces, word) boundary to at most <paramref name="maxUnits"/> UTF-16 units.</summary>
    internal static string ShortenToUtf16(string text, int maxUnits)
    {
        // Graphemes vary from 1 to many UTF-16 units: search for the most graphemes that still fit.
        var (low, high, best) = (1, maxUnits, "");
        while (low <= high)
        {
            var graphemes = low + ((high - low) / 2);
            var candidate = TextShortener.Shorten(text, graphemes);
            if (candidate.Length <= maxUnits)
            {
                (best, low) = (candidate, graphemes + 1);
            }
            else
            {
                high = graphemes - 1;
            }
        }

        return best;
    }

    internal static string Title(Post post) =>
        TextShortener.Shorten(string.IsNullOrWhiteSpace(post.Title) ? post.Link : post.Title.Trim(), MaxTitleGraphemes);

    internal static IEnumerable<string> Hashtags(IEnumerable<string> categories) => TelegramHashtags.Labels(categories, MaxHashtags);

    internal static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TelegramHtml Compose(Post post, string summary)
    {
        var html = new TelegramHtml().BoldLink(post.Link, Title(post)).Text("\n");
        var tags = string.Join(' ', Hashtags(post.Categories));
        html.Text(tags.Length > 0 ? tags + Separator + Date(post.Date) : Date(post.Date));
        if (summary.Length > 0)
        {
            html.Text("\n\n").Text(summary);
        }

        return html.Text("\n\n").Text(post.Link);
    }

    private static TelegramMessage Finish(TelegramHtml html, Post post) =>
        new(html.ToString(), html.PlainLength, post.Link, post.Cover);
}

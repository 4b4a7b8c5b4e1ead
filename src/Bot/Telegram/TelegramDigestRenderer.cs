using System.Globalization;
using Bot.Core.Digests;
using Bot.Core.Text;

namespace Bot.Telegram;

/// <summary>
/// Renders a "latest updates" digest as Telegram HTML: the bold heading, then per category a bold category line with
/// its date, then each post as a linked title with its shortened summary. Splits into several messages under the
/// 4096-character limit only between entries, never inside one; a category cut by a split is headed again. Pure.
/// </summary>
public static class TelegramDigestRenderer
{
    /// <summary>Titles longer than this are shortened so that any single entry fits in a message.</summary>
    public const int TitleLimit = 256;

    public static IReadOnlyList<TelegramMessage> Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var messages = new List<TelegramMessage>();
        var current = StartMessage(digest.Heading);
        var itemsInCurrent = 0;
        foreach (var group in digest.Groups)
        {
            var header = GroupHeader(group);
            var headerInCurrent = false;
            foreach (var entry in group.Entries)
            {
                var line = Entry(entry);
                var needed = (headerInCurrent ? 0 : header.PlainLength) + line.PlainLength;
                if (itemsInCurrent > 0 && current.PlainLength + needed > TelegramHtml.MaxMessageLength)
                {
                    messages.Add(Finish(current, itemsInCurrent));
                    current = StartMessage(digest.Heading);
                    itemsInCurrent = 0;
                    headerInCurrent = false;
                }

                if (!headerInCurrent)
                {
                    current = current.Append(header);
                    headerInCurrent = true;
                }

                current = current.Append(line);
                itemsInCurrent++;
            }
        }

        if (itemsInCurrent > 0)
        {
            messages.Add(Finish(current, itemsInCurrent));
        }

        return messages;
    }

    private static TelegramDigestChunk StartMessage(string heading)
    {
        var html = new TelegramHtml().Bold(heading);
        return new TelegramDigestChunk(html.ToString(), html.PlainLength, null);
    }

    private static TelegramDigestChunk GroupHeader(DigestGroup group)
    {
        var html = new TelegramHtml().Text("\n\n").Bold(group.Category)
            .Text(" · " + group.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new TelegramDigestChunk(html.ToString(), html.PlainLength, null);
    }

    private static TelegramDigestChunk Entry(DigestEntry entry)
    {
        var title = TextShortener.Shorten(entry.Title.Trim().Length == 0 ? entry.Link : entry.Title.Trim(), TitleLimit);
        var html = new TelegramHtml().Text("\n• ").Link(entry.Link, title);
        if (entry.Summary.Length > 0)
        {
            html.Text("\n" + entry.Summary.ReplaceLineEndings(" "));
        }

        return new TelegramDigestChunk(html.ToString(), html.PlainLength, entry.Link);
    }

    /// <summary>A single-post digest previews that post; a list shows no preview.</summary>
    private static TelegramMessage Finish(TelegramDigestChunk chunk, int items) =>
        new(chunk.Html, chunk.PlainLength, items == 1 ? chunk.LastLink : null);
}

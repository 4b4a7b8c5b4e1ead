using Bot.Core.Posts;

namespace Bot.Telegram;

/// <summary>
/// Renders a "latest updates" digest: one line per post (linked title, date, hashtags), split over as many messages
/// as the 4096-character limit needs. Pure.
/// </summary>
public static class TelegramDigestRenderer
{
    public const string Heading = "Latest updates";

    public static IReadOnlyList<TelegramMessage> Render(IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var messages = new List<TelegramMessage>();
        var current = StartMessage();
        var itemsInCurrent = 0;
        foreach (var post in posts)
        {
            var line = Line(post);
            if (itemsInCurrent > 0 && current.PlainLength + line.PlainLength > TelegramHtml.MaxMessageLength)
            {
                messages.Add(Finish(current, itemsInCurrent));
                current = StartMessage();
                itemsInCurrent = 0;
            }

            current = current.Append(line);
            itemsInCurrent++;
        }

        if (itemsInCurrent > 0)
        {
            messages.Add(Finish(current, itemsInCurrent));
        }

        return messages;
    }

    private static TelegramDigestChunk StartMessage()
    {
        var html = new TelegramHtml().Bold(Heading);
        return new TelegramDigestChunk(html.ToString(), html.PlainLength, null);
    }

    private static TelegramDigestChunk Line(Post post)
    {
        var html = new TelegramHtml().Text("\n\n• ").BoldLink(post.Link, TelegramAnnouncementRenderer.Title(post))
            .Text("\n" + TelegramAnnouncementRenderer.Date(post.Date));
        var tags = string.Join(' ', TelegramAnnouncementRenderer.Hashtags(post.Categories));
        if (tags.Length > 0)
        {
            html.Text(" · " + tags);
        }

        return new TelegramDigestChunk(html.ToString(), html.PlainLength, post.Link);
    }

    /// <summary>A single-post digest previews that post; a list shows no preview.</summary>
    private static TelegramMessage Finish(TelegramDigestChunk chunk, int items) =>
        new(chunk.Html, chunk.PlainLength, items == 1 ? chunk.LastLink : null);
}

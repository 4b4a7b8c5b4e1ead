using System.Globalization;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// Announcements as rich embeds: the title links to the post, the summary is the description, the colour follows the
/// first category, the footer lists the categories, the timestamp is the post date, the cover is the embed's image
/// or thumbnail (<see cref="DiscordCoverStyle"/>); a link over the embed url's 2048 characters ends the description instead. Post text is escaped so nothing
/// in it formats or mentions, and every limit is kept: title 256, description 4096, footer 2048, 10 embeds and 6000
/// characters per message.
/// </summary>
public static class DiscordEmbedRenderer
{
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;
    public const int FooterLimit = 2048;
    public const int UrlLimit = 2048;
    public const int TotalLimit = 6000;
    public const int EmbedsPerMessage = 10;

    private const string LinkSeparator = "\n\n";

    /// <summary>Footers stay short: the categories are a hint, not content.</summary>
    private const int FooterBudget = 256;

    /// <summary>One embed for one post, within <paramref name="budget"/> characters of the message total.</summary>
    public static Embed Announcement(Post post, int budget = TotalLimit, DiscordCoverStyle cover = DiscordCoverStyle.Image)
    {
        ArgumentNullException.ThrowIfNull(post);
        var title = DiscordMarkdown.EscapeAndFit(post.Title.Trim().Length == 0 ? post.Link : post.Title, Math.Min(TitleLimit, Math.Max(1, budget / 4)));
        var footer = post.Categories.Count == 0
            ? null
            : DiscordMarkdown.Fit(string.Join(" · ", post.Categories), Math.Min(FooterBudget, Math.Max(1, budget / 8)));
        var room = Math.Min(DescriptionLimit, budget - title.Length - (footer?.Length ?? 0));
        var url = IsLinkable(post.Link) ? post.Link : null;

        // A link too long for the embed's url still reaches the reader: it ends the description, where Discord links it.
        var linkLine = url is null && IsWebLink(post.Link) && post.Link.Length <= room ? post.Link : null;
        var summaryRoom = linkLine is null ? room : room - linkLine.Length - LinkSeparator.Length;
        var summary = summaryRoom < 16 || string.IsNullOrWhiteSpace(post.Summary) ? null : DiscordMarkdown.EscapeAndFit(post.Summary.Trim(), summaryRoom);
        var description = linkLine is null ? summary : summary is null ? linkLine : summary + LinkSeparator + linkLine;
        return new Embed
        {
            Title = title,
            Url = url,
            Description = description,
            Color = DiscordCategoryColor.For(post.Categories.Count == 0 ? null : post.Categories[0]),
            Footer = footer is null ? null : new EmbedFooter { Text = footer },
            Timestamp = post.Date,
            Image = cover == DiscordCoverStyle.Image ? Media(post.Cover) : null,
            Thumbnail = cover == DiscordCoverStyle.Thumbnail ? Media(post.Cover) : null,
        };
    }

    /// <summary>
    /// The embeds for a delivery, grouped into messages: at most 10 embeds per message, each message within 6000
    /// characters. A single post is one message with one embed.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Embed>> Messages(IReadOnlyList<Post> posts, DiscordCoverStyle cover = DiscordCoverStyle.Image)
    {
        ArgumentNullException.ThrowIfNull(posts);
        return [.. posts.Chunk(EmbedsPerMessage).Select(chunk => (IReadOnlyList<Embed>)[.. chunk.Select(p => Announcement(p, TotalLimit / chunk.Length, cover))])];
    }

    /// <summary>Characters Discord counts toward the 6000 total for these embeds.</summary>
    public static int CountedCharacters(IEnumerable<Embed> embeds) =>
        embeds.Sum(e => Length(e.Title) + Length(e.Description) + Length(e.Footer?.Text) + Length(e.Author?.Name)
            + (e.Fields?.Sum(f => Length(f.Name) + Length(f.Value)) ?? 0));

    /// <summary>A short date for lists, in the post's own offset.</summary>
    public static string ShortDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Length(string? text) => text?.Length ?? 0;

    /// <summary>Discord takes only http(s) (or attachment) image URLs up to 2048 characters; Core already keeps covers so.</summary>
    private static EmbedMedia? Media(string? cover) => cover is not null && IsLinkable(cover) ? new EmbedMedia { Url = cover } : null;

    private static bool IsLinkable(string link) => link.Length <= UrlLimit && IsWebLink(link);

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

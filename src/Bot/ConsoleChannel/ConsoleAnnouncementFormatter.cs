using System.Globalization;
using System.Text;
using Bot.Core.Digests;
using Bot.Core.Publishing;

namespace Bot.ConsoleChannel;

/// <summary>
/// How a console channel shows an announcement: a header line naming channel, post id and delivery key, then
/// categories, title, date, summary, link and cover (when the post has one), one per line. A digest is its header line, then the digest as
/// <see cref="DigestTextFormatter"/> lays it out.
/// </summary>
public static class ConsoleAnnouncementFormatter
{
    public const string HeaderPrefix = "=== ";

    public static string Format(DeliveryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        if (request.Kind == DeliveryKind.Digest)
        {
            var digest = DigestRequests.DigestOf(request);
            text.Append(CultureInfo.InvariantCulture, $"{HeaderPrefix}[{request.Channel.Name}] digest of {digest.EntryCount} posts ({request.IdempotencyKey})").AppendLine();
            return text.Append(DigestTextFormatter.Format(digest).ReplaceLineEndings()).ToString();
        }

        foreach (var post in request.Posts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{HeaderPrefix}[{request.Channel.Name}] post {post.Id} ({request.IdempotencyKey})").AppendLine();
            var categories = post.Categories.Count == 0 ? "(none)" : string.Join(" / ", post.Categories);
            text.Append(CultureInfo.InvariantCulture, $"  Category: {categories}").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"  Title:    {post.Title}").AppendLine();
            text.Append(CultureInfo.InvariantCulture, $"  Date:     {post.Date:yyyy-MM-dd HH:mm zzz}").AppendLine();
            if (post.Summary.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  Summary:  {post.Summary.ReplaceLineEndings(" ")}").AppendLine();
            }

            text.Append(CultureInfo.InvariantCulture, $"  Link:     {post.Link}").AppendLine();
            if (post.Cover is { } cover)
            {
                text.Append(CultureInfo.InvariantCulture, $"  Cover:    {cover}").AppendLine();
            }
        }

        return text.ToString();
    }
}

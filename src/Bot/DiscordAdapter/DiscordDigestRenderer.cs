using System.Globalization;
using System.Text;
using Bot.Core.Digests;
using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// A "latest updates" digest as Discord embeds: one embed per category group (titled with the category and its date,
/// coloured by the category), the heading as the first embed's author, each post a linked bold title with its summary.
/// A group too long for one description continues in another embed; messages hold at most 10 embeds and 6000
/// counted characters. Post text is escaped. Pure.
/// </summary>
public static class DiscordDigestRenderer
{
    private const int EntryTitleLimit = 200;

    public static IReadOnlyList<IReadOnlyList<Embed>> Messages(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var embeds = digest.Groups.SelectMany(GroupEmbeds).ToList();
        if (embeds.Count > 0)
        {
            embeds[0] = embeds[0] with { Author = new EmbedAuthor { Name = DiscordMarkdown.Fit(digest.Heading, 256) } };
        }

        var messages = new List<IReadOnlyList<Embed>>();
        var current = new List<Embed>();
        var characters = 0;
        foreach (var embed in embeds)
        {
            var counted = DiscordEmbedRenderer.CountedCharacters([embed]);
            if (current.Count > 0 && (current.Count == DiscordEmbedRenderer.EmbedsPerMessage || characters + counted > DiscordEmbedRenderer.TotalLimit))
            {
                messages.Add(current);
                current = [];
                characters = 0;
            }

            current.Add(embed);
            characters += counted;
        }

        if (current.Count > 0)
        {
            messages.Add(current);
        }

        return messages;
    }

    private static IEnumerable<Embed> GroupEmbeds(DigestGroup group)
    {
        var title = DiscordMarkdown.EscapeAndFit($"{group.Category} · {group.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", DiscordEmbedRenderer.TitleLimit);
        var color = DiscordCategoryColor.For(group.Category);
        var description = new StringBuilder();
        foreach (var line in group.Entries.Select(Line))
        {
            var separator = description.Length == 0 ? 0 : 2;
            if (description.Length > 0 && description.Length + separator + line.Length > DiscordEmbedRenderer.DescriptionLimit)
            {
                yield return new Embed { Title = title, Description = description.ToString(), Color = color };
                description.Clear();
            }

            description.Append(description.Length == 0 ? "" : "\n\n").Append(line);
        }

        if (description.Length > 0)
        {
            yield return new Embed { Title = title, Description = description.ToString(), Color = color };
        }
    }

    /// <summary>One entry, well under the description limit: title at most 200, summary at most 1000 before escaping.</summary>
    private static string Line(DigestEntry entry)
    {
        var title = DiscordMarkdown.EscapeAndFit(entry.Title.Trim().Length == 0 ? entry.Link : entry.Title.Trim(), EntryTitleLimit);
        var link = entry.Link.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        var line = Uri.TryCreate(entry.Link, UriKind.Absolute, out _) ? $"**[{title}]({link})**" : $"**{title}**";
        return entry.Summary.Length == 0
            ? line
            : line + "\n" + DiscordMarkdown.EscapeAndFit(entry.Summary.ReplaceLineEndings(" "), 2000);
    }
}

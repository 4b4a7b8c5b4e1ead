using System.Globalization;
using System.Text;

namespace Bot.Core.Digests;

/// <summary>
/// Plain text for the console, laid out like the seed document: the heading in capitals, then per group a category
/// line and a date line, then one line per entry "title: summary — link".
/// </summary>
public static class DigestTextFormatter
{
    public static string Format(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var text = new StringBuilder();
        text.Append(digest.Heading.ToUpper(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var group in digest.Groups)
        {
            text.Append(OneLine(group.Category)).Append('\n');
            text.Append(group.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            foreach (var entry in group.Entries)
            {
                text.Append(OneLine(entry.Title));
                if (entry.Summary.Length > 0)
                {
                    text.Append(": ").Append(OneLine(entry.Summary));
                }

                text.Append(" — ").Append(entry.Link).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Line breaks and runs of whitespace inside a title or summary would break the one-line-per-entry layout.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Text;
using Bot.Core.Text;
using Bot.Discord;

namespace Bot.DiscordAdapter;

/// <summary>
/// Makes post text literal in Discord: markdown, masked links, headings, quotes, spoilers and mention syntax are
/// backslash-escaped, then the text is fitted to a field's limit with the escapes counted.
/// </summary>
public static class DiscordMarkdown
{
    /// <summary>Characters Discord's markdown interprets anywhere in a line.</summary>
    private const string Inline = "\\*_~`|[]<>@";

    /// <summary>Characters that only start something at the beginning of a line (headings, quotes, lists, subtext).</summary>
    private const string LineStart = "#>-+";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal) || (atLineStart && LineStart.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            atLineStart = c == '\n' || (atLineStart && c == ' ');
        }

        return escaped.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> and shortens it so that the escaped form has at most <paramref name="max"/> UTF-16 units.</summary>
    public static string EscapeAndFit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var budget = max;
        while (true)
        {
            var escaped = Escape(TextShortener.Shorten(text, budget));
            if (escaped.Length <= max || budget == 1)
            {
                return escaped.Length <= max ? escaped : TextShortener.Ellipsis;
            }

            budget = Math.Max(1, budget - Math.Max(1, (escaped.Length - max + 1) / 2));
        }
    }

    /// <summary>Shortens text shown without markdown (footers, choice names) to at most <paramref name="max"/> UTF-16 units.</summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var budget = max;
        var fitted = TextShortener.Shorten(text, budget);
        while (fitted.Length > max && budget > 1)
        {
            budget = Math.Max(1, budget - (fitted.Length - max));
            fitted = TextShortener.Shorten(text, budget);
        }

        return fitted.Length <= max ? fitted : TextShortener.Ellipsis;
    }
}

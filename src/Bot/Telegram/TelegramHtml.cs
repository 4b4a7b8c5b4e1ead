using System.Globalization;
using System.Text;
using Telegram.Bot.Extensions;

namespace Bot.Telegram;

/// <summary>
/// Builds Telegram HTML while counting the text as Telegram does after parsing (tags removed, each entity one
/// character), in UTF-16 units, which is the safe reading of "characters".
/// </summary>
internal sealed class TelegramHtml
{
    /// <summary>Telegram's limit for message text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    private readonly StringBuilder html = new();

    public int PlainLength { get; private set; }

    /// <summary>Post text: every <c>&amp; &lt; &gt; "</c> becomes an entity, so it shows literally.</summary>
    public TelegramHtml Text(string text)
    {
        html.Append(HtmlText.Escape(text));
        PlainLength += text.Length;
        return this;
    }

    public TelegramHtml Bold(string text)
    {
        html.Append("<b>");
        Text(text);
        html.Append("</b>");
        return this;
    }

    public TelegramHtml BoldLink(string url, string text)
    {
        html.Append("<b>");
        Link(url, text);
        html.Append("</b>");
        return this;
    }

    public TelegramHtml Link(string url, string text)
    {
        html.Append("<a href=\"").Append(HtmlText.Escape(url)).Append("\">");
        Text(text);
        html.Append("</a>");
        return this;
    }

    public override string ToString() => html.ToString();

    /// <summary>
    /// A hashtag Telegram links as a whole: letters, digits, marks and <c>_</c> stay (CJK included); anything that
    /// would end the tag becomes <c>_</c>. Null when nothing usable is left.
    /// </summary>
    public static string? Hashtag(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var builder = new StringBuilder(category.Length + 1).Append('#');
        foreach (var rune in category.Trim().EnumerateRunes())
        {
            var keep = Rune.IsLetterOrDigit(rune) || rune.Value == '_' || Rune.GetUnicodeCategory(rune)
                is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                builder.Append(rune.ToString());
            }
            else if (builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var tag = builder.ToString().TrimEnd('_');
        return tag.Length > 1 && tag[1..].Any(c => c != '_') ? tag : null;
    }
}

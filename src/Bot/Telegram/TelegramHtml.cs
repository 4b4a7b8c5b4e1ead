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
}

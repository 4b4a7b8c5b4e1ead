using System.Globalization;
using System.Text;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// Parses text the way the Bot API documents HTML parse mode: only its tags, <c>href</c> as the only attribute of
/// <c>a</c>, the four named entities plus numeric ones, balanced tags. Returns the plain text or Telegram's error.
/// </summary>
public static class FakeTelegramHtml
{
    private static readonly HashSet<string> Tags =
    [
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji", "tg-time",
    ];

    private static readonly Dictionary<string, string> NamedEntities = new(StringComparer.Ordinal)
    {
        ["lt"] = "<", ["gt"] = ">", ["amp"] = "&", ["quot"] = "\"",
    };

    /// <summary>The text after parsing, or the error description after "Bad Request: can't parse entities: ".</summary>
    public static (string? Plain, string? Error) Parse(string html)
    {
        var plain = new StringBuilder();
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"Can't find end of the tag starting at byte offset {ByteOffset(html, i)}");
                }

                var error = Tag(html, i, html[(i + 1)..end], open);
                if (error is not null)
                {
                    return (null, error);
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var (text, length) = Entity(html, i);
                if (text is null)
                {
                    return (null, $"Can't find end of the entity starting at byte offset {ByteOffset(html, i)}");
                }

                plain.Append(text);
                i += length;
            }
            else if (c == '>')
            {
                return (null, $"Unexpected '>' at byte offset {ByteOffset(html, i)}: it must be escaped as &gt;");
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }

        return open.Count > 0
            ? (null, $"Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (plain.ToString(), null);
    }

    private static string? Tag(string html, int start, string inner, Stack<string> open)
    {
        if (inner.StartsWith('/'))
        {
            var closing = inner[1..].Trim();
            if (open.Count == 0 || open.Peek() != closing)
            {
                return $"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\", found \"</{closing}>\"";
            }

            open.Pop();
            return null;
        }

        var space = inner.IndexOfAny([' ', '\t', '\n']);
        var name = (space < 0 ? inner : inner[..space]).ToLowerInvariant();
        var attributes = space < 0 ? "" : inner[(space + 1)..].Trim();
        if (!Tags.Contains(name))
        {
            return $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, start)}";
        }

        if (name == "a" && (open.Contains("a") || !attributes.StartsWith("href=", StringComparison.Ordinal) || !IsOneQuotedValue(attributes[5..])))
        {
            return $"Unsupported attributes of tag \"a\" at byte offset {ByteOffset(html, start)}";
        }

        if (name is not "a" and not "span" and not "code" and not "blockquote" and not "tg-emoji" and not "tg-time" && attributes.Length > 0)
        {
            return $"Unsupported attribute in start tag \"{name}\" at byte offset {ByteOffset(html, start)}";
        }

        open.Push(name);
        return null;
    }

    private static bool IsOneQuotedValue(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' && value.IndexOf('"', 1) == value.Length - 1
        && !value.Contains('<') && Parse(value[1..^1]).Error is null;

    private static (string? Text, int Length) Entity(string html, int start)
    {
        var semicolon = html.IndexOf(';', start);
        if (semicolon < 0 || semicolon - start > 12)
        {
            return (null, 0);
        }

        var name = html[(start + 1)..semicolon];
        var length = semicolon - start + 1;
        if (NamedEntities.TryGetValue(name, out var named))
        {
            return (named, length);
        }

        var isHex = name.StartsWith("#x", StringComparison.OrdinalIgnoreCase);
        var digits = isHex ? name[2..] : name.StartsWith('#') ? name[1..] : null;
        var style = isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        return digits is { Length: > 0 } && int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code)
            && code is > 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF
            ? (char.ConvertFromUtf32(code), length)
            : (null, 0);
    }

    private static int ByteOffset(string html, int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));
}

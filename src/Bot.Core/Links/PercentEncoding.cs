using System.Text;

namespace Bot.Core.Links;

/// <summary>Percent-encodes the UTF-8 bytes of characters a generator does not keep in its URLs.</summary>
public static class PercentEncoding
{
    /// <summary>JavaScript <c>encodeURI</c>: what Hexo's <c>encodeURL</c> applies to a path.</summary>
    public static string EncodeUri(string text) => Encode(text, static c => IsAsciiAlphanumeric(c) || ";,/?:@&=+$-_.!~*'()#".Contains(c, StringComparison.Ordinal));

    /// <summary>Jekyll's <c>URL.escape_path</c>: RFC 3986 path characters stay, everything else is encoded.</summary>
    public static string EncodeJekyllPath(string text) => Encode(text, static c => IsAsciiAlphanumeric(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal));

    /// <summary>Go's <c>url.URL.EscapedPath</c>, which Hugo applies to every path it builds.</summary>
    /// <summary>Go's <c>EscapedFragment</c>: the path's characters plus <c>!'()*?</c> stay.</summary>
    public static string EncodeGoFragment(string text) => Encode(text, static c => IsAsciiAlphanumeric(c) || "-._~$&+,/:;=@!'()*?".Contains(c, StringComparison.Ordinal));

    public static string EncodeGoPath(string text) => Encode(text, static c => IsAsciiAlphanumeric(c) || "-._~$&+,/:;=@".Contains(c, StringComparison.Ordinal));

    private static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    private static string Encode(string text, Func<char, bool> keep)
    {
        if (text.All(c => keep(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                // Already encoded: generators decode then re-encode, which keeps such a sequence as it is.
                builder.Append(c);
                continue;
            }

            if (c < 0x80 && keep(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var written = Encoding.UTF8.GetBytes(text.AsSpan(i, length), bytes);
            for (var b = 0; b < written; b++)
            {
                builder.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Bot.Core.Links;

/// <summary>
/// Hugo's path rules (<c>paths.Sanitize</c>, <c>MakePathSanitized</c>, <c>URLize</c>): letters, digits, marks and
/// <c>./\_#+~</c> stay; runs of spaces and hyphens between kept characters become one hyphen; anything else is dropped;
/// the path is lower-cased unless <c>disablePathToLower</c>; non-ASCII is percent-encoded as Go's net/url does.
/// </summary>
public static class HugoUrlize
{
    public static string Urlize(string text, bool toLower = true) => PercentEncoding.EncodeGoPath(MakePath(text, toLower));

    public static string MakePath(string text, bool toLower = true)
    {
        var sanitized = Sanitize(text);
        return toLower ? sanitized.ToLowerInvariant() : sanitized;
    }

    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var prependHyphen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAllowed(text, i, c))
            {
                if (prependHyphen)
                {
                    builder.Append('-');
                    prependHyphen = false;
                }

                builder.Append(c);
            }
            else if (builder.Length > 0 && (c == '-' || char.IsWhiteSpace(c)))
            {
                prependHyphen = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(string text, int index, char c) =>
        c != ' ' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || "./\\_#+~".Contains(c, StringComparison.Ordinal)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || (c == '%' && index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2])));
}

using Bot.Core.Links;
using System.Globalization;
using System.Text;

namespace Bot.Core.Generators.Hugo;

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
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsAllowed(text, index, rune))
            {
                if (prependHyphen)
                {
                    builder.Append('-');
                    prependHyphen = false;
                }

                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && (rune.Value == '-' || Rune.IsWhiteSpace(rune)))
            {
                prependHyphen = true;
            }

            index += rune.Utf16SequenceLength;
        }

        return builder.ToString();
    }

    /// <summary>Go's unicode.IsLetter, IsDigit and IsMark work on code points: an emoji is none of them and is dropped.</summary>
    private static bool IsAllowed(string text, int index, Rune rune) =>
        rune.Value != ' ' && (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || (rune.IsAscii && "./\\_#+~".Contains((char)rune.Value, StringComparison.Ordinal))
            || (rune.Value == '%' && index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2])));
}

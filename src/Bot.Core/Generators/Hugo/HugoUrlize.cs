using Bot.Core.Links;
using System.Globalization;
using System.Text;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Hugo's path rules (<c>UnicodeSanitize</c>, <c>MakePathSanitized</c>, <c>URLize</c>): letters, digits, marks and
/// <c>./\_#+~-@</c> stay; white space between kept characters becomes one hyphen; anything else is dropped;
/// the path is lower-cased unless <c>disablePathToLower</c>; non-ASCII is percent-encoded as Go's net/url does.
/// </summary>
public static class HugoUrlize
{
    /// <summary>
    /// <c>URLize</c>: the sanitized path through Go's <c>url.Parse(...).String()</c>, where a <c>#</c> (kept by the
    /// sanitizer) starts the fragment, so it stays a raw <c>#</c> in the published link.
    /// </summary>
    public static string Urlize(string text, bool toLower = true)
    {
        var path = MakePath(text, toLower);
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        return hash < 0
            ? PercentEncoding.EncodeGoPath(path)
            : PercentEncoding.EncodeGoPath(path[..hash]) + "#" + PercentEncoding.EncodeGoFragment(path[(hash + 1)..]);
    }

    public static string MakePath(string text, bool toLower = true)
    {
        var sanitized = Sanitize(text);
        return toLower ? sanitized.ToLowerInvariant() : sanitized;
    }

    /// <summary>
    /// Hugo 0.111's <c>UnicodeSanitize</c>: kept characters pass as they are, hyphens included (<c>a--b</c> stays); a
    /// run of white space after a kept character that is not a hyphen becomes one hyphen before the next kept one.
    /// </summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var prependHyphen = false;
        var wasHyphen = false;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsAllowed(text, index, rune))
            {
                wasHyphen = rune.Value == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen)
                    {
                        builder.Append('-');
                    }

                    prependHyphen = false;
                }

                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(rune))
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
            || (rune.IsAscii && "./\\_#+~-@".Contains((char)rune.Value, StringComparison.Ordinal))
            || (rune.Value == '%' && index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2])));
}

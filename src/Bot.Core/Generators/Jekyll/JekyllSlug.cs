using Bot.Core.Links;
using System.Globalization;
using System.Text;

namespace Bot.Core.Generators.Jekyll;

/// <summary>
/// Jekyll's <c>Utils.slugify</c>. In the default mode every run of characters that are not letters, marks or decimal
/// digits (Ruby's Unicode <c>[[:alnum:]]</c>) becomes one hyphen, so Chinese letters stay; <c>pretty</c> also keeps
/// <c>._~!$&amp;'()+,;=@</c>; <c>raw</c> only replaces whitespace; <c>ascii</c> keeps only A-Z, a-z, 0-9; <c>latin</c>
/// drops accents first. One leading and one trailing hyphen are removed, and the result is lower-cased unless cased.
/// </summary>
public static class JekyllSlug
{
    private const string PrettyKeeps = "._~!$&'()+,;=@";

    public static string Slugify(string text, string mode = "default", bool cased = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Func<Rune, bool>? keep = mode switch
        {
            "raw" => static r => !Rune.IsWhiteSpace(r),
            "pretty" => static r => IsAlphanumeric(r) || (r.IsAscii && PrettyKeeps.Contains((char)r.Value, StringComparison.Ordinal)),
            "ascii" => static r => r.IsAscii && char.IsAsciiLetterOrDigit((char)r.Value),
            "default" or "latin" => IsAlphanumeric,
            _ => null,
        };
        if (keep is null)
        {
            return cased ? text : text.ToLowerInvariant();
        }

        var source = mode == "latin" ? Transliterate(text) : text;
        var builder = new StringBuilder(source.Length);
        var inRun = false;
        foreach (var rune in source.EnumerateRunes())
        {
            if (keep(rune))
            {
                builder.Append(rune.ToString());
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('-');
                inRun = true;
            }
        }

        if (builder.Length > 0 && builder[0] == '-')
        {
            builder.Remove(0, 1);
        }

        if (builder.Length > 0 && builder[^1] == '-')
        {
            builder.Remove(builder.Length - 1, 1);
        }

        var slug = builder.ToString();
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>Ruby's <c>[[:alnum:]]</c> on code points: letters, marks, decimal digits; an emoji is none of them.</summary>
    private static bool IsAlphanumeric(Rune rune) =>
        Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>I18n.transliterate: accented Latin letters lose their accents, anything else non-ASCII becomes '?'.</summary>
    private static string Transliterate(string text)
    {
        var folded = DiacriticFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAscii(c) ? c : '?');
        }

        return builder.ToString();
    }
}

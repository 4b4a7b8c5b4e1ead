using System.Globalization;

namespace Bot.Core.Text;

/// <summary>
/// Shortens text to a number of user-perceived characters (extended grapheme clusters), so an emoji, a flag or a
/// combining sequence is never split. Where words are separated by spaces the cut falls on a space; CJK text, which
/// has no spaces, is cut between characters. A cut text ends with <see cref="Ellipsis"/>, which counts toward the limit.
/// Only the graphemes up to the limit are walked: a whole post's text costs no more than its first few hundred.
/// </summary>
public static class TextShortener
{
    public const string Ellipsis = "…";

    /// <summary>How far back from the limit a space may be to cut there rather than mid-word.</summary>
    private const double WordBoundaryWindow = 0.3;

    public static int GraphemeCount(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Whether <paramref name="text"/> has more than <paramref name="graphemes"/> grapheme clusters.</summary>
    public static bool IsLongerThan(string text, int graphemes)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CutIndex(text, graphemes) < text.Length;
    }

    public static string Shorten(string text, int maxGraphemes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxGraphemes, 1);
        if (!IsLongerThan(text, maxGraphemes))
        {
            return text;
        }

        var keep = maxGraphemes - 1;
        var cut = CutIndex(text, keep);
        var minimumWordCut = CutIndex(text, (int)(keep * (1 - WordBoundaryWindow)));
        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0));
        if (cut < text.Length && text[cut] != ' ' && space > 0 && space >= minimumWordCut)
        {
            cut = space;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>The UTF-16 index just after the first <paramref name="graphemes"/> grapheme clusters.</summary>
    private static int CutIndex(string text, int graphemes)
    {
        var index = 0;
        for (var i = 0; i < graphemes && index < text.Length; i++)
        {
            index += StringInfo.GetNextTextElementLength(text, index);
        }

        return index;
    }
}

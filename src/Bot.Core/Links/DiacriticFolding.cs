using System.Text;

namespace Bot.Core.Links;

/// <summary>
/// Replaces accented Latin letters with their base letters (é → e, Å → A), leaving every other script untouched, the
/// way hexo-util <c>escapeDiacritic</c> does for the letters it maps.
/// </summary>
internal static class DiacriticFolding
{
    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['ß'] = "s", ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['Ø'] = "O", ['ø'] = "o",
        ['Ł'] = "L", ['ł'] = "l", ['Đ'] = "D", ['đ'] = "d", ['Ħ'] = "H", ['ħ'] = "h", ['ı'] = "i",
    };

    public static string Fold(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                builder.Append(c);
            }
            else if (Ligatures.TryGetValue(c, out var replacement))
            {
                builder.Append(replacement);
            }
            else if (c is (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A'))
            {
                builder.Append((char)(c - 0xFEE0));
            }
            else if (IsLatin(c))
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                builder.Append(decomposed[0] < 0x80 ? decomposed[0] : c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsLatin(char c) => c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');
}

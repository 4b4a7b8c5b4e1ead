using Bot.Core.Links;
using System.Text;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// hexo-util <c>slugize</c>: accented Latin letters lose their accents, control characters go, runs of whitespace and
/// ASCII punctuation become one separator, leading and trailing separators are trimmed. CJK letters stay as they are.
/// </summary>
public static class HexoSlug
{
    private const string Special = "~`!@#$%^&*()-_+=[]{}|\\;:\"'<>,.?/";

    public static string Slugize(string text, bool lowerCase = false, char separator = '-')
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSeparator = false;
        foreach (var c in DiacriticFolding.Fold(text))
        {
            if (c < 0x20)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || Special.Contains(c, StringComparison.Ordinal))
            {
                pendingSeparator = true;
                continue;
            }

            if (pendingSeparator && builder.Length > 0)
            {
                builder.Append(separator);
            }

            pendingSeparator = false;
            builder.Append(c);
        }

        var slug = builder.ToString();
        return lowerCase ? slug.ToLowerInvariant() : slug;
    }
}

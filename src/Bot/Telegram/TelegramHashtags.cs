using System.Globalization;
using System.Text;

namespace Bot.Telegram;

/// <summary>
/// Categories as Telegram hashtags, each distinct and visible. Telegram links <c>#</c> followed by letters, digits,
/// <c>_</c> (and ZWNJ) when at least one is a letter (TDLib <c>match_hashtags</c>), so: a small table spells out names
/// whose symbols carry the meaning (<c>C#</c> → <c>#CSharp</c>, <c>C++</c> → <c>#Cpp</c>); elsewhere <c>#</c> after a
/// letter becomes <c>Sharp</c>, <c>+</c> becomes <c>Plus</c> and other symbols <c>_</c>; a category with no letter
/// (<c>2024</c>, <c>🚀</c>) or whose tag another category already took is shown by its plain name.
/// </summary>
internal static class TelegramHashtags
{
    private static readonly Dictionary<string, string> Spelled = new(StringComparer.OrdinalIgnoreCase)
    {
        ["C#"] = "CSharp",
        ["F#"] = "FSharp",
        ["C++"] = "Cpp",
        [".NET"] = "DotNet",
    };

    /// <summary>What each category shows as, in order: a hashtag, else its plain name; duplicates once.</summary>
    public static IEnumerable<string> Labels(IEnumerable<string> categories, int max)
    {
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = categories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var label = Hashtag(name) is { } tag && !shown.Contains(tag) ? tag : name;
            if (shown.Add(label))
            {
                yield return label;
                if (shown.Count == max)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>The hashtag Telegram links as a whole for this category, or null when none can carry it.</summary>
    public static string? Hashtag(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var name = category.Trim();
        if (Spelled.TryGetValue(name, out var spelled))
        {
            return "#" + spelled;
        }

        var builder = new StringBuilder(name.Length + 8).Append('#');
        var hasLetter = false;
        var previous = default(Rune);
        foreach (var rune in name.EnumerateRunes())
        {
            hasLetter |= Rune.IsLetter(rune);
            if (IsHashtagPart(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (rune.Value == '#' && Rune.IsLetterOrDigit(previous))
            {
                builder.Append("Sharp");
            }
            else if (rune.Value == '+')
            {
                builder.Append("Plus");
            }
            else if (builder[^1] is not '_' and not '#')
            {
                builder.Append('_');
            }

            previous = rune;
        }

        var tag = builder.ToString().TrimEnd('_');
        return hasLetter ? tag : null;
    }

    private static bool IsHashtagPart(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || rune.Value is '_' or 0x200C
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}

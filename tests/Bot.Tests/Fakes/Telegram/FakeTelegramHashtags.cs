using System.Globalization;
using System.Text;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// The hashtags Telegram finds in a message's text, by TDLib's <c>match_hashtags</c>: <c>#</c> not after a hashtag
/// character, then 1-256 letters, decimal digits, <c>_</c> or ZWNJ with at least one letter, not followed by <c>#</c>.
/// </summary>
public static class FakeTelegramHashtags
{
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            if (runes[i].Value != '#' || (i > 0 && IsHashtagCharacter(runes[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < runes.Count && IsHashtagCharacter(runes[end]))
            {
                end++;
            }

            var body = runes[(i + 1)..end];
            if (body.Count > 0 && (end == runes.Count || runes[end].Value != '#') && body.Any(Rune.IsLetter))
            {
                found.Add("#" + string.Concat(body.Take(256).Select(r => r.ToString())));
            }

            i = end - 1;
        }

        return found;
    }

    private static bool IsHashtagCharacter(Rune rune) =>
        rune.Value is '_' or 0x200C || Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;
}

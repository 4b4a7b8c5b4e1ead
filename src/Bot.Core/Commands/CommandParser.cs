using System.Globalization;
using System.Text;

namespace Bot.Core.Commands;

/// <summary>
/// Turns a chat message into a <see cref="ChatCommand"/>. Returns null for anything that is not one of our commands,
/// because groups have other bots whose commands we must ignore.
/// </summary>
public static class CommandParser
{
    private const char FullWidthSlash = '／';

    public static ChatCommand? Parse(string text, string? botUsername)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = FirstLine(text).Trim();
        if (line.Length < 2 || (line[0] != '/' && line[0] != FullWidthSlash))
        {
            return null;
        }

        var space = IndexOfWhiteSpace(line);
        var token = (space < 0 ? line[1..] : line[1..space]).Normalize(NormalizationForm.FormKC);
        var arguments = space < 0 ? "" : line[(space + 1)..].Trim();
        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (!IsAddressedToUs(token[(at + 1)..], botUsername))
            {
                return null;
            }

            token = token[..at];
        }

        return CommandCatalog.Find(token.ToLowerInvariant())?.FromText(arguments);
    }

    /// <summary>Clamps to 1..<see cref="LatestCommand.MaxCount"/>; anything that is not a number gives the default.</summary>
    internal static int ParseCount(string arguments)
    {
        var first = arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null)
        {
            return LatestCommand.DefaultCount;
        }

        first = first.Normalize(NormalizationForm.FormKC);
        if (long.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return (int)Math.Clamp(count, 1, LatestCommand.MaxCount);
        }

        // A run of digits too long for a long is still a request for "as many as you allow".
        return first.Length > 0 && first.All(char.IsAsciiDigit) ? LatestCommand.MaxCount : LatestCommand.DefaultCount;
    }

    private static bool IsAddressedToUs(string mentioned, string? botUsername)
    {
        // Without a known username (before getMe answered, or on platforms without @-addressing) we cannot tell.
        if (string.IsNullOrEmpty(botUsername))
        {
            return true;
        }

        return string.Equals(mentioned, botUsername.TrimStart('@'), StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Globalization;

namespace Bot.Core.Repository;

/// <summary>
/// Reads front matter dates the way the generators do: an explicit offset (<c>Z</c>, <c>+08:00</c>, <c>+0800</c>)
/// wins; a date or date-time without one is local time in the site's time zone.
/// </summary>
public static class PostDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "yyyy-M-d H:m:s",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-dd HH:mm zzz",
    ];

    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset date) => TryParse(text, zone, out date, out _);

    /// <summary>As <see cref="TryParse(string?, TimeZoneInfo, out DateTimeOffset)"/>, also telling whether the text carried an offset.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset date, out bool hasOffset)
    {
        ArgumentNullException.ThrowIfNull(zone);
        date = default;
        hasOffset = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = NormalizeOffset(text.Trim());
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            hasOffset = true;
            return true;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            date = InZone(local, zone);
            return true;
        }

        // Anything else .NET reads without guessing a culture: its Kind says whether an offset was written.
        if (!DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            date = InZone(parsed, zone);
            return true;
        }

        hasOffset = DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
        return hasOffset;
    }

    /// <summary>A wall-clock time in <paramref name="zone"/>, with that zone's offset at that moment.</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary><c>Z</c> becomes <c>+00:00</c> and <c>+0800</c> becomes <c>+08:00</c> so one set of formats reads all.</summary>
    private static string NormalizeOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return text[..^1] + "+00:00";
        }

        if (text.Length > 15 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit))
        {
            return string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return text;
    }
}

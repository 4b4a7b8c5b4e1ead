using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// Front matter timestamps as Hexo reads them (checked by running Hexo 8.1 on the fixtures in
/// <c>TestData/Generators</c>): js-yaml reads a timestamp as UTC and hexo-front-matter then keeps only its wall clock,
/// which Hexo places in the site's <c>timezone</c>. A date-time without offset is therefore local to the site, and one
/// with an offset (<c>2024-03-31T16:30:00Z</c>) becomes that UTC wall clock in the site's zone (16:30 in
/// Asia/Shanghai). This holds when Hexo runs on a machine whose local zone is the site's <c>timezone</c> (or, without
/// one, the bot's <c>Repository:TimeZone</c>): Hexo formats permalink dates in the machine's local zone. Quoted
/// timestamps are strings to js-yaml; front matter parsing here does not keep quoting, so they are read as if unquoted.
/// js-yaml builds a timestamp with <c>Date.UTC</c>, which rolls fields over: <c>2018-02-31 23:50:48</c> is
/// 2018-03-03 23:50:48 to Hexo, not an error.
/// </summary>
public static partial class HexoDates
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (PostDates.TryParse(text, zone, out date))
        {
            PostDates.TryParse(text, TimeZoneInfo.Utc, out var asUtc);
            date = WallClock(asUtc.UtcDateTime, zone);
            return true;
        }

        if (RolledOver(text) is { } rolled)
        {
            date = WallClock(rolled, zone);
            return true;
        }

        return false;
    }

    /// <summary>A YAML timestamp whose day, month or time is out of range, read as js-yaml's <c>Date.UTC</c> reads it.</summary>
    private static DateTime? RolledOver(string text)
    {
        var match = YamlTimestamp().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups["fraction"].Value;
        var milliseconds = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(3, '0')[..3], CultureInfo.InvariantCulture);
        var utc = new DateTime(Part("year"), 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .AddMonths(Part("month") - 1).AddDays(Part("day") - 1)
            .AddHours(Part("hour")).AddMinutes(Part("minute")).AddSeconds(Part("second")).AddMilliseconds(milliseconds);
        if (match.Groups["sign"].Success)
        {
            var offset = new TimeSpan(Part("tzhour"), Part("tzminute"), 0);
            utc -= match.Groups["sign"].Value == "-" ? -offset : offset;
        }

        return utc;
    }

    /// <summary>
    /// hexo-front-matter shifts the UTC reading by the zone's offset at that UTC instant, so a wall clock within a few
    /// hours of a daylight-saving change (or inside the skipped hour) lands where Hexo puts it, not where the zone's
    /// rules would: 2024-03-31 02:30 in Europe/Berlin is 00:30 UTC to Hexo.
    /// </summary>
    private static DateTimeOffset WallClock(DateTime asUtc, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(asUtc, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(wallClock, offset), zone);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})(?:(?:[Tt]|[ \t]+)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})(?:\.(?<fraction>[0-9]*))?(?:[ \t]*(?:Z|(?<sign>[-+])(?<tzhour>[0-9]{1,2})(?::(?<tzminute>[0-9]{2}))?))?)?$")]
    private static partial Regex YamlTimestamp();
}

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
/// </summary>
public static class HexoDates
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!PostDates.TryParse(text, zone, out date))
        {
            return false;
        }

        date = WallClock(text, zone);
        return true;
    }

    /// <summary>
    /// hexo-front-matter shifts the UTC reading by the zone's offset at that UTC instant, so a wall clock within a few
    /// hours of a daylight-saving change (or inside the skipped hour) lands where Hexo puts it, not where the zone's
    /// rules would: 2024-03-31 02:30 in Europe/Berlin is 00:30 UTC to Hexo.
    /// </summary>
    private static DateTimeOffset WallClock(string text, TimeZoneInfo zone)
    {
        PostDates.TryParse(text, TimeZoneInfo.Utc, out var asUtc);
        var wallClock = DateTime.SpecifyKind(asUtc.UtcDateTime, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(wallClock, offset), zone);
    }
}

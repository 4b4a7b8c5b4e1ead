namespace Bot.Core.Repository;

/// <summary>
/// Front matter timestamps as each generator's YAML loader really reads them (checked by running Hexo 8.1 and
/// Jekyll 4.3.1 on the fixtures in <c>TestData/Generators</c>):
/// <list type="bullet">
/// <item>Hexo: js-yaml reads a timestamp as UTC and hexo-front-matter then keeps only its wall clock, which Hexo
/// places in the site's <c>timezone</c>. A date-time without offset is therefore local to the site, and one with an
/// offset (<c>2024-03-31T16:30:00Z</c>) becomes that UTC wall clock in the site's zone (16:30 in Asia/Shanghai).</item>
/// <item>Jekyll: Psych (and SafeYAML) read a date-time without offset as UTC, then Jekyll shows it in the site's
/// <c>timezone</c>; a date without a time is midnight in the site's zone; an offset is kept.</item>
/// <item>Hugo and plain folders: an offset wins, else the site's zone.</item>
/// </list>
/// Quoted timestamps are strings to those loaders and follow the plain rule; front matter parsing here does not
/// keep quoting, so a quoted Hexo or Jekyll timestamp is read as if unquoted.
/// </summary>
public static class GeneratorDates
{
    public static bool TryParse(string? text, TimeZoneInfo zone, RepositoryLayout layout, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!PostDates.TryParse(text, zone, out date, out var hasOffset))
        {
            return false;
        }

        if (layout == RepositoryLayout.Hexo && hasOffset)
        {
            date = PostDates.InZone(date.UtcDateTime, zone);
        }
        else if (layout == RepositoryLayout.Jekyll && !hasOffset && text!.Contains(':', StringComparison.Ordinal))
        {
            var utc = new DateTimeOffset(date.DateTime, TimeSpan.Zero);
            date = TimeZoneInfo.ConvertTime(utc, zone);
        }

        return true;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Repository;

namespace Bot.Core.Generators.Hugo;

/// <summary>
/// Front matter dates as Hugo reads them: the layouts of spf13/cast's <c>StringToDateInDefaultLocation</c> and the
/// timestamps yaml.v2 resolves. An hour may have one digit (Go's <c>15</c> layout reads <c>9</c>), so
/// <c>2018-05-22T9:48:00</c> is 09:48; a time needs its seconds (<c>2018-05-22 09:48</c> is not a date to Hugo 0.111);
/// an offset (<c>Z</c>, <c>+08:00</c>, <c>+0800</c>, after a space or not) is kept, else the time is in the site's
/// <c>timeZone</c>. Checked with Hugo 0.111.3.
/// </summary>
public static partial class HugoDates
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        date = default;
        if (string.IsNullOrWhiteSpace(text) || Timestamp().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var local = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified);
            if (match.Groups[7].Success)
            {
                local = local.AddTicks((long)(double.Parse("0" + match.Groups[7].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));
            }

            date = match.Groups[8].Success ? new DateTimeOffset(local, Offset(match.Groups[8].Value)) : PostDates.InZone(local, zone);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static TimeSpan Offset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
        return text[0] == '-' ? -offset : offset;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(?: ?(Z|z|[+-]\d{2}:?\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}

using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace Bot.Core.Digests;

/// <summary>
/// When a channel's digests go out: a cron expression (5 fields, or 6 with seconds first) in an IANA time zone.
/// DST is Cronos's: a time skipped in spring runs right after the jump, a time repeated in autumn runs once.
/// </summary>
public sealed class DigestSchedule
{
    private readonly CronExpression cron;

    private DigestSchedule(string expression, CronExpression cron, TimeZoneInfo timeZone)
    {
        Expression = expression;
        this.cron = cron;
        TimeZone = timeZone;
    }

    public string Expression { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Parses a schedule; <paramref name="timeZone"/> null or empty means <paramref name="defaultZone"/> (else the host's).</summary>
    /// <exception cref="FormatException">The expression or the zone is not valid; the message names the value.</exception>
    public static DigestSchedule Parse(string schedule, string? timeZone, TimeZoneInfo? defaultZone = null)
    {
        if (string.IsNullOrWhiteSpace(schedule))
        {
            throw new FormatException("Digest schedule is empty: give a cron expression (5 fields, or 6 with seconds).");
        }

        var expression = schedule.Trim();
        var fields = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new FormatException(
                $"Digest schedule '{expression}' is not a valid cron expression (5 fields, or 6 with seconds; found {fields}): {e.Message}", e);
        }

        return new DigestSchedule(expression, cron, FindZone(timeZone, defaultZone));
    }

    public static bool TryParse(
        string schedule, string? timeZone, [NotNullWhen(true)] out DigestSchedule? result, [NotNullWhen(false)] out string? error)
    {
        try
        {
            result = Parse(schedule, timeZone);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            result = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>The first tick strictly after <paramref name="after"/>; null if the expression never fires again.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => cron.GetNextOccurrence(after, TimeZone, inclusive: false);

    /// <summary>
    /// True when at least one tick fell in (<paramref name="lastDigest"/>, <paramref name="now"/>]. Several missed ticks
    /// still mean one digest: the caller sends once and records <paramref name="now"/> as its new last digest.
    /// </summary>
    public bool IsDue(DateTimeOffset lastDigest, DateTimeOffset now) => Next(lastDigest) is { } tick && tick <= now;

    public override string ToString() => $"{Expression} ({TimeZone.Id})";

    private static TimeZoneInfo FindZone(string? timeZone, TimeZoneInfo? defaultZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return defaultZone ?? TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FormatException($"Digest time zone '{timeZone}' is not a known IANA time zone (e.g. Asia/Shanghai): {e.Message}", e);
        }
    }
}

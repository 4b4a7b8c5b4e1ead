using System.Globalization;
using Bot.Core.Digests;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0 9 * * *", "Asia/Shanghai", "2026-01-01T00:00:00Z", "2026-01-01T09:00:00+08:00")]
    [InlineData("0 9 * * *", "Asia/Shanghai", "2026-01-01T01:00:00Z", "2026-01-02T09:00:00+08:00")]
    [InlineData("30 0 9 * * *", "Asia/Shanghai", "2026-01-01T00:00:00Z", "2026-01-01T09:00:30+08:00")]
    [InlineData("0 18 * * 5", "Asia/Shanghai", "2026-01-01T00:00:00Z", "2026-01-02T18:00:00+08:00")]
    [InlineData("0 9 * * *", "America/New_York", "2026-03-07T09:00:00-05:00", "2026-03-08T09:00:00-04:00")]
    [InlineData("30 2 * * *", "America/New_York", "2026-03-07T12:00:00-05:00", "2026-03-08T03:00:00-04:00")]
    [InlineData("30 2 * * *", "America/New_York", "2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00")]
    [InlineData("30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", "2026-11-01T01:30:00-04:00")]
    [InlineData("30 1 * * *", "America/New_York", "2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00")]
    [InlineData("0 * * * *", "America/New_York", "2026-11-01T01:00:00-04:00", "2026-11-01T01:00:00-05:00")]
    [InlineData("0 9 * * *", " Asia/Shanghai ", "2026-01-01T00:00:00Z", "2026-01-01T09:00:00+08:00")]
    public void Next_ZoneAndDst_GivesTick(string cron, string zone, string after, string expected)
    {
        var schedule = DigestSchedule.Parse(cron, zone);

        var next = schedule.Next(At(after));

        Assert.Equal(At(expected), next);
        Assert.Equal(At(expected).Offset, next!.Value.Offset);
    }

    [Fact]
    public void Next_NoZone_UsesDefaultZone()
    {
        var schedule = DigestSchedule.Parse("0 9 * * *", null, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        Assert.Equal(At("2026-01-01T01:00:00Z"), schedule.Next(At("2026-01-01T00:00:00Z")));
        Assert.Same(TimeZoneInfo.Local, DigestSchedule.Parse("0 9 * * *", "").TimeZone);
    }

    [Theory]
    [InlineData("2026-01-05T08:00:00+08:00", "2026-01-05T08:59:59+08:00", false)]
    [InlineData("2026-01-05T08:00:00+08:00", "2026-01-05T09:00:00+08:00", true)]
    [InlineData("2026-01-05T09:00:00+08:00", "2026-01-05T09:00:00+08:00", false)]
    [InlineData("2026-01-01T09:00:00+08:00", "2026-01-05T12:00:00+08:00", true)]
    [InlineData("2026-01-05T12:00:00+08:00", "2026-01-06T08:59:00+08:00", false)]
    public void IsDue_LastDigestAndNow_TrueWhenATickPassed(string lastDigest, string now, bool expected)
    {
        var schedule = DigestSchedule.Parse("0 9 * * *", "Asia/Shanghai");

        Assert.Equal(expected, schedule.IsDue(At(lastDigest), At(now)));
    }

    [Fact]
    public void IsDue_DownAcrossManyTicks_GivesOneCatchUpDigest()
    {
        var schedule = DigestSchedule.Parse("0 */6 * * *", "America/New_York");
        var time = new FakeTimeProvider(At("2026-03-06T00:30:00-05:00"));
        var lastDigest = time.GetUtcNow();
        time.Advance(TimeSpan.FromDays(3));
        var sent = 0;

        // The scheduler wakes every minute for an hour after restart; only the first wake-up sends.
        for (var minute = 0; minute < 60; minute++)
        {
            if (schedule.IsDue(lastDigest, time.GetUtcNow()))
            {
                sent++;
                lastDigest = time.GetUtcNow();
            }

            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(1, sent);
    }

    [Fact]
    public void IsDue_HourlyAcrossFallBack_FiresForEveryRealHour()
    {
        var schedule = DigestSchedule.Parse("0 * * * *", "America/New_York");
        var time = new FakeTimeProvider(At("2026-11-01T04:30:00Z"));
        var lastDigest = time.GetUtcNow();
        var sent = new List<DateTimeOffset>();
        for (var step = 0; step < 12; step++)
        {
            time.Advance(TimeSpan.FromMinutes(15));
            if (schedule.IsDue(lastDigest, time.GetUtcNow()))
            {
                sent.Add(time.GetUtcNow());
                lastDigest = time.GetUtcNow();
            }
        }

        // 00:30 EDT + 3 h of real time crosses 01:00 EDT, 01:00 EST and 02:00 EST.
        Assert.Equal([At("2026-11-01T05:00:00Z"), At("2026-11-01T06:00:00Z"), At("2026-11-01T07:00:00Z")], sent);
    }

    [Theory]
    [InlineData("not a cron", "Asia/Shanghai", "'not a cron'")]
    [InlineData("61 * * * *", "Asia/Shanghai", "'61 * * * *'")]
    [InlineData("* * * * * * *", "Asia/Shanghai", "'* * * * * * *'")]
    [InlineData("", "Asia/Shanghai", "empty")]
    [InlineData("0 9 * * *", "Mars/Olympus_Mons", "'Mars/Olympus_Mons'")]
    public void Parse_BadValue_ThrowsNamingIt(string cron, string zone, string named)
    {
        var error = Assert.Throws<FormatException>(() => DigestSchedule.Parse(cron, zone));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.False(DigestSchedule.TryParse(cron, zone, out _, out var message));
        Assert.Equal(error.Message, message);
    }
}

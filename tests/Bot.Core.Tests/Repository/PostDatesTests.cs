using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

public sealed class PostDatesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2025-03-08 10:00:00", "2025-03-08T10:00:00+08:00")]
    [InlineData("2025-03-08", "2025-03-08T00:00:00+08:00")]
    [InlineData("2025-03-08T10:00", "2025-03-08T10:00:00+08:00")]
    [InlineData("2025/03/08 10:00:00", "2025-03-08T10:00:00+08:00")]
    [InlineData("2025-03-08T10:00:00Z", "2025-03-08T10:00:00+00:00")]
    [InlineData("2025-03-08T10:00:00+02:00", "2025-03-08T10:00:00+02:00")]
    [InlineData("2025-03-08 10:00:00 +0200", "2025-03-08T10:00:00+02:00")]
    [InlineData("2025-03-08 10:00:00 -05:00", "2025-03-08T10:00:00-05:00")]
    [InlineData("2025-03-08T10:00:00.123+08:00", "2025-03-08T10:00:00.123+08:00")]
    [InlineData("2025-3-8 9:05", "2025-03-08T09:05:00+08:00")]
    [InlineData("2025-03-08 10:00:00.000000000 +02:00", "2025-03-08T10:00:00+02:00")]
    [InlineData("Sat, 08 Mar 2025 10:00:00 GMT", "2025-03-08T10:00:00+00:00")]
    public void TryParse_Text_ExplicitOffsetWinsElseSiteZone(string text, string expected)
    {
        Assert.True(PostDates.TryParse(text, Shanghai, out var date));
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(want, date);
        Assert.Equal(want.Offset, date.Offset);
    }

    [Theory]
    [InlineData("2025-01-15 12:00:00", -5)]
    [InlineData("2025-07-15 12:00:00", -4)]
    public void TryParse_ZoneWithDaylightSaving_UsesOffsetOfThatDay(string text, int hours)
    {
        Assert.True(PostDates.TryParse(text, NewYork, out var date));
        Assert.Equal(TimeSpan.FromHours(hours), date.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-13-45")]
    public void TryParse_NotADate_ReturnsFalse(string text) => Assert.False(PostDates.TryParse(text, Shanghai, out _));
}

using Bot.Core.Generators.Hexo;

namespace Bot.Core.Tests.Generators;

public sealed class HexoDatesTests
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Theory]
    [InlineData("2018-02-31 23:50:48", "2018-03-03T23:50:48-08:00")]
    [InlineData("2019-13-01", "2020-01-01T00:00:00-08:00")]
    [InlineData("2020-04-31 24:30:00", "2020-05-02T00:30:00-07:00")]
    public void TryParse_OutOfRangeFields_RollOverAsJsYamlDoes(string text, string expected)
    {
        Assert.True(HexoDates.TryParse(text, LosAngeles, out var date));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Fact]
    public void TryParse_NotATimestamp_IsFalse()
    {
        Assert.False(HexoDates.TryParse("2018-02-31 someday", LosAngeles, out _));
    }
}

using System.Globalization;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Digests;

/// <summary>Digest ticks in America/New_York across its 2026 DST changes (8 March spring forward, 1 November fall back).</summary>
public sealed class DigestDaylightSavingTests
{
    [Theory]
    [InlineData("0 9 * * *", "2026-03-07T12:00:00Z", "2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z")] // 09:00 EST, then 09:00 EDT
    [InlineData("30 2 * * *", "2026-03-07T12:00:00Z", "2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z")] // 02:30 skipped: runs at 03:00 EDT
    [InlineData("30 1 * * *", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z")] // 01:30 repeated: runs once
    [InlineData("0 0 9 * * *", "2026-10-31T12:00:00Z", "2026-10-31T13:00:00Z", "2026-11-01T14:00:00Z")] // with seconds: 09:00 EDT, then 09:00 EST
    public async Task RunDue_AcrossDstChange_OneDigestAtEachLocalTick(string schedule, string start, string firstTick, string secondTick)
    {
        await using var harness = new DigestHarness(DigestHarness.DigestChannel("ny", schedule, "America/New_York"));
        harness.Time.SetUtcNow(Parse(start));
        await harness.BaselineAsync();
        var ticks = new[] { Parse(firstTick), Parse(secondTick) };

        for (var i = 0; i < ticks.Length; i++)
        {
            await harness.PublishAsync($"p{i}");
            harness.Time.SetUtcNow(ticks[i].AddSeconds(-1));
            Assert.Equal(ticks[i], await harness.Scheduler.RunDueAsync(CancellationToken.None));
            Assert.Equal(i, harness.Rows.Count);

            harness.Time.SetUtcNow(ticks[i]);
            await harness.Scheduler.RunDueAsync(CancellationToken.None);
            Assert.Equal(i + 1, harness.Rows.Count);
        }

        Assert.All(harness.Rows, r => Assert.Equal("ny", r.Channel));
    }

    private static DateTimeOffset Parse(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
}

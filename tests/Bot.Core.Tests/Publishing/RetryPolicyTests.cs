using Bot.Core.Publishing;

namespace Bot.Core.Tests.Publishing;

public sealed class RetryPolicyTests
{
    private static readonly PublishingOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(2),
        RetryMaxDelay = TimeSpan.FromSeconds(60),
        RetryJitter = 0.2,
    };

    [Theory]
    [InlineData(1, 0.5, 2000)]
    [InlineData(2, 0.5, 4000)]
    [InlineData(3, 0.5, 8000)]
    [InlineData(6, 0.5, 60000)]
    [InlineData(500, 0.5, 60000)]
    [InlineData(1, 0.0, 1800)]
    [InlineData(1, 1.0, 2200)]
    public void Delay_Attempts_DoublesUpToCapWithJitterSpread(int attempts, double random, double expectedMs)
    {
        Assert.Equal(expectedMs, RetryPolicy.Delay(attempts, null, Options, random).TotalMilliseconds, precision: 6);
    }

    [Theory]
    [InlineData(1, 30, 30000)]
    [InlineData(5, 1, 32000)]
    public void Delay_PlatformAskedToWait_NeverShorterThanAsked(int attempts, int retryAfterSeconds, double expectedMs)
    {
        Assert.Equal(expectedMs, RetryPolicy.Delay(attempts, TimeSpan.FromSeconds(retryAfterSeconds), Options, 0.5).TotalMilliseconds, precision: 6);
    }
}

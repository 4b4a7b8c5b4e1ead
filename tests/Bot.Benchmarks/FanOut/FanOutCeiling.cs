namespace Bot.Benchmarks.FanOut;

/// <summary>
/// The fastest a platform lets one channel receive <c>posts</c> messages, from the first send to the last, so a run's
/// share of the ceiling is <c>ceiling / measured</c>. Channels are limited independently, so 20 channels in parallel
/// have the same ceiling as one.
/// </summary>
public static class FanOutCeiling
{
    /// <summary>Telegram: 1 per second per chat and 20 per minute per group; message k goes at 60·⌊k/20⌋ + k mod 20 seconds.</summary>
    public static TimeSpan Telegram(int posts)
    {
        var last = posts - 1;
        return (TimeSpan.FromMinutes(1) * (last / 20)) + (TimeSpan.FromSeconds(1) * (last % 20));
    }

    /// <summary>Discord: <paramref name="limit"/> per <paramref name="window"/> per channel; the last window opens after ⌈posts/limit⌉ − 1 windows.</summary>
    public static TimeSpan Discord(int posts, int limit, TimeSpan window) => window * (((posts + limit - 1) / limit) - 1);

    /// <summary>One line for the benchmark log; the fakes' 429 count must be zero.</summary>
    public static string Report(string platform, TimeSpan measured, TimeSpan ceiling, int deliveries, int tooManyRequests) =>
        FormattableString.Invariant(
            $"[{platform}] {deliveries} deliveries in {measured.TotalSeconds:0.000} s, ceiling {ceiling.TotalSeconds:0.000} s: {ceiling / measured:P1} of the ceiling, {deliveries / measured.TotalSeconds:0} msg/s, 429 answers: {tooManyRequests}");
}

using BenchmarkDotNet.Attributes;
using Bot.Core.Channels;
using Bot.Telegram;
using Bot.Tests.Fakes.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.FanOut;

/// <summary>
/// Posts to Telegram channels (<see cref="Shape"/>: 200 to 20, and the 60 to 5) through the real pipeline: planner → SQLite outbox → worker →
/// <see cref="TelegramChannelSender"/> (real Telegram.Bot client, real <see cref="TelegramSendThrottle"/>) → HTTP →
/// <see cref="FakeBotApi"/>, which answers 429 to anything over 1/s per chat or 20/min per group. Both the throttle and
/// the fake run on a <see cref="ScaledTimeProvider"/> (<see cref="TimeScale"/>× faster), so Telegram's 559 s ceiling
/// for 200 messages per channel takes 22.4 s. Any 429 fails the run.
/// </summary>
[Config(typeof(InProcessMonitoringConfig.FanOut))]
[MinColumn, MaxColumn, MedianColumn]
public class TelegramFanOutBenchmarks
{
    public const int TimeScale = 25;
    private int posts;
    private int channelCount;
    private const string Token = "123456789:AAE-benchmark_token-not-a-secret";

    private FakeBotApi? fake;
    private TelegramBotClientProvider? clients;
    private FanOutPipeline? pipeline;
    private ScaledTimeProvider clock = new(TimeScale);

    /// <summary>posts x channels.</summary>
    [Params("200x20", "60x5")]
    public string Shape { get; set; } = "200x20";

    [IterationSetup]
    public void Setup()
    {
        var parts = Shape.Split('x');
        posts = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        channelCount = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        clock = new ScaledTimeProvider(TimeScale);
        fake = FakeBotApi.StartAsync(Token, clock).GetAwaiter().GetResult();
        var options = Options.Create(new TelegramOptions { Token = Token, ApiBaseUrl = fake.BaseUrl });
        clients = new TelegramBotClientProvider(options);
        var sender = new TelegramChannelSender(clients, new TelegramSendThrottle(clock), options, NullLogger<TelegramChannelSender>.Instance);
        var channels = Enumerable.Range(0, channelCount)
            .Select(i => new ChannelOptions { Name = $"tg-{i:00}", Platform = ChannelPlatform.Telegram, ChatId = $"-10010000000{i:00}" })
            .ToList();
        pipeline = new FanOutPipeline(channels, sender, posts);
        pipeline.StartAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public void Telegram_FanOut()
    {
        var measured = pipeline!.RunAsync(TimeSpan.FromMinutes(3)).GetAwaiter().GetResult();
        var tooMany = fake!.Read(f => f.Calls.Count(c => c.Error?.Code == 429));
        var ceiling = clock.ToReal(FanOutCeiling.Telegram(posts));
        Console.WriteLine(FanOutCeiling.Report("telegram", measured, ceiling, posts * channelCount, tooMany));
        if (tooMany > 0 || pipeline.Failures > 0)
        {
            throw new InvalidOperationException($"{tooMany} sends were answered 429; {pipeline.Failures} deliveries failed");
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        pipeline!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        clients!.Dispose();
        fake!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

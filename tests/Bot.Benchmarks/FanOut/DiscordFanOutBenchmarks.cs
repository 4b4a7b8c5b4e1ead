using BenchmarkDotNet.Attributes;
using Bot.Core.Channels;
using Bot.Discord;
using Bot.Discord.Rest;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.FanOut;

/// <summary>
/// 200 posts to 20 Discord channels through the real pipeline: planner → SQLite outbox → worker →
/// <see cref="DiscordChannelSender"/> → <see cref="DiscordRestClient"/> with its <see cref="DiscordRateLimiter"/> → HTTP
/// → <see cref="FakeDiscordServer"/>, which allows 5 Create Message per 5 s per channel (rate-limit headers, 429
/// beyond). The limiter and the fake run on a <see cref="ScaledTimeProvider"/> (<see cref="TimeScale"/>× faster), so
/// the 195 s ceiling for 200 messages per channel takes 7.8 s, and the 50 requests per second global ceiling scales
/// alike. Any 429 fails the run.
/// </summary>
[Config(typeof(InProcessMonitoringConfig.FanOut))]
[MinColumn, MaxColumn, MedianColumn]
public class DiscordFanOutBenchmarks
{
    public const int TimeScale = 25;
    private const int Posts = 200;
    private const int Channels = 20;

    private FakeDiscordServer? fake;
    private HttpClient? http;
    private DiscordRestClient? rest;
    private FanOutPipeline? pipeline;
    private ScaledTimeProvider clock = new(TimeScale);

    [IterationSetup]
    public void Setup()
    {
        clock = new ScaledTimeProvider(TimeScale);
        fake = FakeDiscordServer.StartAsync(clock).GetAwaiter().GetResult();
        var channels = Enumerable.Range(0, Channels)
            .Select(i => new ChannelOptions { Name = $"dc-{i:00}", Platform = ChannelPlatform.Discord, ChannelId = $"12000000000000000{i:00}" })
            .ToList();
        foreach (var channel in channels)
        {
            fake.AddChannel(channel.ChannelId!);
        }

        http = new HttpClient();
        rest = new DiscordRestClient(http, new DiscordRestOptions { Token = fake.Token, ApiBaseUrl = new Uri(fake.ApiBaseUrl) }, new DiscordRateLimiter(clock));
        pipeline = new FanOutPipeline(channels, new DiscordChannelSender(rest, NullLogger<DiscordChannelSender>.Instance), Posts);
        pipeline.StartAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public void Discord_200Posts_20Channels()
    {
        var measured = pipeline!.RunAsync(TimeSpan.FromMinutes(3)).GetAwaiter().GetResult();
        var tooMany = fake!.RateLimits.TooManyRequestsServed;
        var ceiling = clock.ToReal(FanOutCeiling.Discord(Posts, fake.RateLimits.Limit, fake.RateLimits.Window));
        Console.WriteLine(FanOutCeiling.Report("discord", measured, ceiling, Posts * Channels, tooMany));
        if (tooMany > 0 || pipeline.Failures > 0)
        {
            throw new InvalidOperationException($"{tooMany} requests were answered 429; {pipeline.Failures} deliveries failed");
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        pipeline!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        rest!.Dispose();
        http!.Dispose();
        fake!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

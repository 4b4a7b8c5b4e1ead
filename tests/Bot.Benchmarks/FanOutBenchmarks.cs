using BenchmarkDotNet.Attributes;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Benchmarks.FanOut;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks;

/// <summary>
/// 200 new posts to 20 channels (4,000 deliveries) through the planner, the SQLite outbox and the worker, against a
/// fake platform allowing one message per <see cref="IntervalMs"/> per channel (0 = unlimited, to see the machinery's
/// own ceiling). The platform's ceiling time is 200 × interval; any 429 fails the run.
/// </summary>
[Config(typeof(InProcessMonitoringConfig.FanOut))]
[MinColumn, MaxColumn, MedianColumn]
public class FanOutBenchmarks
{
    private const int Posts = 200;
    private const int Channels = 20;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private string root = "";
    private PostIndexHolder holder = new();
    private OutboxPlanner? planner;
    private DeliveryWorker? worker;
    private LimitedFakePlatform? platform;
    private TaskCompletionSource allSent = new();
    private int sent;

    [Params(0, 10)]
    public int IntervalMs { get; set; }

    [IterationSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("bot-fanout-").FullName;
        var time = TimeProvider.System;
        var store = new SqliteOutboxStore(new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(root, "bot.db") })), time);
        var catalog = new FixedChannelCatalog([.. Enumerable.Range(0, Channels).Select(i => new ChannelOptions { Name = $"channel-{i:00}" })]);
        var options = new StaticOptionsMonitor<PublishingOptions>(new PublishingOptions { FloodGuard = 0 });
        var signal = new WakeSignal();
        platform = new LimitedFakePlatform(TimeSpan.FromMilliseconds(IntervalMs));
        holder = new PostIndexHolder();
        planner = new OutboxPlanner(holder, catalog, store, signal, time, options, NullLogger<OutboxPlanner>.Instance);
        worker = new DeliveryWorker(store, signal, holder, catalog, [platform], time, options, NullLogger<DeliveryWorker>.Instance);
        sent = 0;
        allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Attempted += a =>
        {
            if (a.Outcome == DeliveryOutcome.Sent && Interlocked.Increment(ref sent) == Posts * Channels)
            {
                allSent.TrySetResult();
            }
        };
        holder.Replace(PostIndex.Build([Make("archive", 1000)], Now));
        planner.ProcessAsync(CancellationToken.None).GetAwaiter().GetResult();
        worker.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public void FanOut_200Posts_20Channels()
    {
        holder.Replace(PostIndex.Build([Make("archive", 1000), .. Enumerable.Range(0, Posts).Select(i => Make($"p{i:000}", Posts - i))], Now));
        planner!.ProcessAsync(CancellationToken.None).GetAwaiter().GetResult();
        allSent.Task.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        if (platform!.TooManyRequests > 0)
        {
            throw new InvalidOperationException($"{platform.TooManyRequests} sends were answered 429");
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        worker!.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        worker.Dispose();
        planner!.Dispose();
        platform!.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private static Post Make(string id, int minutesAgo) => new()
    {
        Id = id,
        Source = $"source/_posts/{id}.md",
        Title = id,
        Date = Now.AddMinutes(-minutesAgo),
        Categories = ["基准"],
        Link = $"https://blog.example/{id}/",
        Summary = "summary",
        ContentHash = id,
    };
}

using System.Diagnostics;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.FanOut;

/// <summary>
/// The real delivery pipeline on a temp SQLite file: <see cref="OutboxPlanner"/> → outbox → <see cref="DeliveryWorker"/>
/// → the given sender. <see cref="RunAsync"/> publishes <c>posts</c> new posts at once and completes when every
/// (post, channel) row was confirmed by the platform.
/// </summary>
public sealed class FanOutPipeline : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private readonly string root = Directory.CreateTempSubdirectory("bot-fanout-").FullName;
    private readonly PostIndexHolder holder = new();
    private readonly OutboxPlanner planner;
    private readonly DeliveryWorker worker;
    private readonly int expected;
    private readonly int posts;
    private readonly TaskCompletionSource allSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int sent;
    private int failed;

    public FanOutPipeline(IReadOnlyList<ChannelOptions> channels, IChannelSender sender, int posts)
    {
        ArgumentNullException.ThrowIfNull(channels);
        this.posts = posts;
        expected = posts * channels.Count;
        var time = TimeProvider.System;
        var store = new SqliteOutboxStore(new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(root, "bot.db") })), time);
        var catalog = new FixedChannelCatalog(channels);
        var options = new StaticOptionsMonitor<PublishingOptions>(new PublishingOptions { FloodGuard = 0 });
        var signal = new WakeSignal();
        planner = new OutboxPlanner(holder, catalog, store, signal, time, options, NullLogger<OutboxPlanner>.Instance);
        worker = new DeliveryWorker(store, signal, holder, catalog, [sender], time, options, NullLogger<DeliveryWorker>.Instance);
        worker.Attempted += OnAttempted;
    }

    /// <summary>Transient or permanent outcomes seen by the worker (a 429 that reached the outbox counts here).</summary>
    public int Failures => Volatile.Read(ref failed);

    /// <summary>Records the archive as seen (first-run baseline) and starts the worker.</summary>
    public async Task StartAsync()
    {
        holder.Replace(PostIndex.Build([Make("archive", 100_000)], Now));
        await planner.ProcessAsync(CancellationToken.None);
        await worker.StartAsync(CancellationToken.None);
    }

    /// <summary>Publishes the new posts and waits for every confirmation; returns the time from publish to the last one.</summary>
    public async Task<TimeSpan> RunAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        holder.Replace(PostIndex.Build([Make("archive", 100_000), .. Enumerable.Range(0, posts).Select(i => Make($"p{i:000}", posts - i))], Now));
        await planner.ProcessAsync(CancellationToken.None);
        await allSent.Task.WaitAsync(timeout);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
        planner.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private void OnAttempted(DeliveryAttempt attempt)
    {
        if (attempt.Outcome != DeliveryOutcome.Sent)
        {
            Interlocked.Increment(ref failed);
        }
        else if (Interlocked.Increment(ref sent) == expected)
        {
            allSent.TrySetResult();
        }
    }

    private static Post Make(string id, int minutesAgo) => new()
    {
        Id = id,
        Source = $"source/_posts/{id}.md",
        Title = $"基准 {id}",
        Date = Now.AddMinutes(-minutesAgo),
        Categories = ["基准"],
        Link = $"https://blog.example/{id}/",
        Summary = "摘要 summary",
        ContentHash = id,
    };
}

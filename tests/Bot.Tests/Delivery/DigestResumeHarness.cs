using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Core.Timing;
using Bot.Delivery;
using Bot.Digests;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Delivery;

/// <summary>
/// One digest channel over a real SQLite file: writes a digest row through the real scheduler, then runs delivery
/// workers (a first one and, for a restart, a fresh one over the same file) with the platform sender under test.
/// </summary>
public sealed class DigestResumeHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset FirstTick = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly DeliveryHarness delivery;
    private readonly List<DeliveryWorker> restarted = [];

    public DigestResumeHarness(ChannelOptions channel, IChannelSender sender)
    {
        Catalog = new TestChannelCatalog(channel);
        delivery = new DeliveryHarness(Catalog, null, sender);
    }

    public TestChannelCatalog Catalog { get; }

    public FakeTimeProvider Time => delivery.Time;

    public IReadOnlyList<OutboxRow> Rows => delivery.Rows;

    public static ChannelOptions DigestChannel(ChannelOptions platformPart)
    {
        ArgumentNullException.ThrowIfNull(platformPart);
        platformPart.Mode = DeliveryMode.Digest;
        platformPart.Schedule = "0 9 * * *";
        platformPart.TimeZone = "Asia/Shanghai";
        return platformPart;
    }

    /// <summary>Posts with long CJK summaries, one category each when <paramref name="categoryEach"/>, as the worker composes them.</summary>
    public static List<Post> Posts(int count, bool categoryEach) =>
        [.. Enumerable.Range(0, count).Select(i => new Post
        {
            Id = $"p{i:00}",
            Source = $"source/_posts/p{i:00}.md",
            Title = $"第{i}篇：深度学习笔记",
            Date = TestPosts.Start.AddMinutes(-1 - i),
            Categories = [categoryEach ? $"分类{i:00}" : "机器学习"],
            Link = $"https://blog.example/2026/p{i:00}/",
            Summary = string.Concat(Enumerable.Repeat($"长摘要{i}，包含中文标点与 emoji 🚀。", 20)),
            ContentHash = "h",
        })];

    /// <summary>The digest the worker will compose for <paramref name="posts"/> (default digest settings).</summary>
    public static Digest Compose(IReadOnlyList<Post> posts)
    {
        var options = new DigestOptions();
        return DigestComposer.Compose(posts, options.Language, options);
    }

    /// <summary>Baseline, then the posts arrive and the first tick writes one digest row for them.</summary>
    public async Task WriteDigestAsync(IReadOnlyList<Post> posts)
    {
        using var scheduler = new DigestScheduler(
            Catalog, new SqliteDigestStore(delivery.Database.Database), delivery.Database.Store, delivery.Signal, Time, NullLogger<DigestScheduler>.Instance);
        await delivery.ScanAsync(TestPosts.Make("archive", TestPosts.Start.AddDays(-30)));
        await scheduler.RunDueAsync(CancellationToken.None);
        await delivery.ScanAsync([TestPosts.Make("archive", TestPosts.Start.AddDays(-30)), .. posts]);
        Time.SetUtcNow(FirstTick);
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal("pending", Assert.Single(Rows).Status);
    }

    public Task StartAsync() => delivery.StartWorkerAsync();

    public Task<DeliveryAttempt> NextAttemptAsync() => delivery.NextAttemptAsync();

    /// <summary>Stops the first worker, as a crash would: the row and its recorded progress stay in the file.</summary>
    public Task StopAsync() => delivery.Worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>A fresh store and worker over the same file, as after a restart; returns its first recorded attempt.</summary>
    public async Task<Task<DeliveryAttempt>> RestartAsync(IChannelSender sender)
    {
        var worker = new DeliveryWorker(
            delivery.Database.Reopen(Time), new WakeSignal(), delivery.Holder, Catalog, [sender], Time,
            new FixedOptionsMonitor<PublishingOptions>(delivery.Options), NullLogger<DeliveryWorker>.Instance);
        restarted.Add(worker);
        var attempted = new TaskCompletionSource<DeliveryAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Attempted += a => attempted.TrySetResult(a);
        await worker.StartAsync(CancellationToken.None);
        return attempted.Task;
    }

    /// <summary>The progress columns of the digest row, read straight from the file.</summary>
    public (int PartsSent, string? MessageIds) Progress()
    {
        using var connection = new SqliteConnection($"Data Source={delivery.Database.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT parts_sent, part_message_ids FROM deliveries";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in restarted)
        {
            await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            worker.Dispose();
        }

        await delivery.DisposeAsync();
    }
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using Bot.Configuration;
using Bot.Core.Publishing;
using Bot.Delivery;
using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using IHost = Microsoft.Extensions.Hosting.IHost;

namespace Bot.Benchmarks;

/// <summary>
/// From a post file written into a Hexo blog to its delivery at a fake sender, through the real host: file watcher,
/// debounce, scanner, index, planner, SQLite outbox, delivery worker. One post per iteration; read P50 and P95/Max.
/// </summary>
[Config(typeof(InProcessMonitoringConfig.Latency))]
[MinColumn, MaxColumn, MedianColumn, AllStatisticsColumn]
public class LatencyBenchmarks
{
    private readonly RecordingConsoleSender sender = new();
    private string root = "";
    private IHost? host;
    private int next;
    private Task delivered = Task.CompletedTask;
    private string postId = "";

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("bot-latency-").FullName;
        var blog = Path.Combine(root, "blog");
        Directory.CreateDirectory(Path.Combine(blog, "source", "_posts"));
        File.WriteAllText(Path.Combine(blog, "_config.yml"), "title: bench\nurl: https://blog.example\ntimezone: UTC\n");
        var config = Path.Combine(root, "config");
        Directory.CreateDirectory(config);
        File.WriteAllText(Path.Combine(config, "appsettings.json"), $$"""
            {
              "Logging": { "LogLevel": { "Default": "Warning" } },
              "Repository": { "Path": "../blog", "Layout": "Hexo" },
              "Storage": { "Path": "../data/bot.db" },
              "Channels": [ { "Name": "bench", "Platform": "Console", "Categories": [ "*" ] } ]
            }
            """);
        Environment.SetEnvironmentVariable(BotConfiguration.ConfigDirectoryVariable, config);
        host = BotHost.Create([], services => services.AddSingleton<IChannelSender>(sender));
        var planned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<OutboxPlanner>().Processed += _ => planned.TrySetResult();
        host.StartAsync().GetAwaiter().GetResult();
        planned.Task.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void NextPost()
    {
        postId = $"bench-{next++}";
        delivered = sender.DeliveredAsync(postId);
    }

    [Benchmark]
    public void PostFileWritten_ToDelivered()
    {
        var text = $"---\ntitle: {postId}\ndate: {DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}\nabbrlink: {postId}\n---\nbody\n";
        var temp = Path.Combine(root, postId + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, Path.Combine(root, "blog", "source", "_posts", postId + ".md"));
        delivered.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        host?.StopAsync().GetAwaiter().GetResult();
        host?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}

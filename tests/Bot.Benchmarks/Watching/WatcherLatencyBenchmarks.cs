using BenchmarkDotNet.Attributes;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Repository;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.Watching;

/// <summary>
/// Pickup latency: a post file written into a Hexo blog of 1,000 posts until the new index holding it is published,
/// through the real file watcher, debounce, scanner and clock. The debounce window (200 ms) is the floor; the rest
/// is the incremental rescan. Part of the post-to-delivery budget (p50 under 300 ms, p99 under 1 s).
/// </summary>
[Config(typeof(WatcherBenchmarkConfig))]
public class WatcherLatencyBenchmarks
{
    private const int ExistingPosts = 1_000;
    private readonly PostIndexHolder holder = new();
    private string root = "";
    private RepositoryWatcher? watcher;
    private int written;

    [GlobalSetup]
    public void Setup()
    {
        root = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var posts = Path.Combine(root, "source", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(root, "_config.yml"), "title: 炼丹笔记\nurl: https://blog.example.com\npermalink: :year/:month/:day/:title/\ntimezone: Asia/Shanghai\n");
        for (var i = 0; i < ExistingPosts; i++)
        {
            File.WriteAllText(Path.Combine(posts, $"post-{i:D4}.md"), PostText($"旧文章 {i}"));
        }

        var options = new RepositoryOptions { Path = root, RescanInterval = TimeSpan.FromHours(1) };
        var location = new RepositoryLocation(root, null, Path.Combine(root, "data", "bot.db"));
        var scanner = new PostRepositoryScanner(root, options, new SummaryOptions(), TimeProvider.System);
        var git = new GitRepositorySync(location, Options.Create(options), new GitCommandRunner("git", TimeProvider.System), NullLogger<GitRepositorySync>.Instance);
        watcher = new RepositoryWatcher(scanner, holder, location, Options.Create(options), git, TimeProvider.System, NullLogger<RepositoryWatcher>.Instance, []);
        var first = NextIndexWhere(index => index.All.Count == ExistingPosts);
        watcher.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        first.WaitAsync(TimeSpan.FromMinutes(1)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        watcher?.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        watcher?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Benchmark(Description = "post file written -> index published")]
    public async Task WriteToIndex()
    {
        var source = $"source/_posts/new-{Interlocked.Increment(ref written):D4}.md";
        var published = NextIndexWhere(index => index.All.Any(p => p.Source == source));
        await File.WriteAllTextAsync(Path.Combine(root, source), PostText("新文章: 取代RNN——Transformer"));
        await published.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private Task NextIndexWhere(Func<PostIndex, bool> match)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReplaced(PostIndex index)
        {
            if (match(index))
            {
                holder.Replaced -= OnReplaced;
                done.TrySetResult();
            }
        }

        holder.Replaced += OnReplaced;
        return done.Task;
    }

    private static string PostText(string title) =>
        $"---\ntitle: \"{title}\"\ndate: 2026-01-11 10:00:00\ncategories: [深度学习, NLP]\ntags: [PyTorch]\n---\n在介绍Transformer前我们来回顾一下RNN的结构。\n";
}

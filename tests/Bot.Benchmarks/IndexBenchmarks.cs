using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Repository;
using Bot.Core.Summaries;

namespace Bot.Benchmarks;

/// <summary>
/// Indexing a generated Hexo blog of 10,000 posts: a full index (fresh scanner, every file parsed) and a rescan of the
/// unchanged repository (stat only, nothing re-parsed). Targets: full index under 1.5 s and 200 MB peak, rescan under
/// 100 ms. Run: <c>dotnet run -c Release --project tests/Bot.Benchmarks -- --filter '*IndexBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(IndexBenchmarkConfig))]
public class IndexBenchmarks
{
    private const int PostCount = 10_000;
    private string root = string.Empty;
    private PostRepositoryScanner warmScanner = null!;

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkBlog.Generate(PostCount);
        warmScanner = NewScanner();
        var scan = warmScanner.Scan(CancellationToken.None);
        if (scan.Posts.Count != PostCount || scan.Warnings.Count != 0)
        {
            throw new InvalidOperationException($"generated blog gave {scan.Posts.Count} posts and {scan.Warnings.Count} warnings");
        }
    }

    [Benchmark]
    public int FullIndex() => NewScanner().Scan(CancellationToken.None).Posts.Count;

    [Benchmark]
    public int Rescan() => warmScanner.Scan(CancellationToken.None).Posts.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Peak working set of this benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        Directory.Delete(root, recursive: true);
    }

    private PostRepositoryScanner NewScanner() =>
        new(root, new RepositoryOptions(), new SummaryOptions(), TimeProvider.System);
}

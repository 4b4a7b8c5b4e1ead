using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks.Watching;

/// <summary>
/// One measured operation per iteration (each takes a debounce window, so batching would measure nothing else), run
/// in process: the generated project would sit under tests/ and inherit the test projects' usings.
/// </summary>
public sealed class WatcherBenchmarkConfig : ManualConfig
{
    public WatcherBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(40)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.P100);
    }
}

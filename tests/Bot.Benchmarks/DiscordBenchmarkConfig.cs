using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Bot.Benchmarks;

/// <summary>
/// One operation per iteration, 500 iterations after 50 warm-ups, so the percentile columns are per-interaction
/// latencies (the p99 target is checked against P95 and Max). In-process because the generated boilerplate project
/// would sit under tests/ and pick up the test usings.
/// </summary>
public sealed class DiscordBenchmarkConfig : ManualConfig
{
    public DiscordBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(50)
            .WithIterationCount(500)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond);
    }
}

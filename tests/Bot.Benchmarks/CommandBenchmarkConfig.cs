using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks;

/// <summary>
/// Adds tail columns, because the targets are stated as p99 and the median alone would hide slow outliers. Runs in
/// process: BenchmarkDotNet's generated project lives under <c>tests/</c> and would inherit the test projects' global
/// <c>using Xunit</c> from Directory.Build.props, which does not build.
/// </summary>
public sealed class CommandBenchmarkConfig : ManualConfig
{
    public CommandBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P95, StatisticColumn.P100);
    }
}

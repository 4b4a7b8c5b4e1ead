using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks;

/// <summary>
/// Adds the 95th percentile and the maximum (P100): a maximum under target bounds the p99 too. Runs in process,
/// because the generated boilerplate project would sit under <c>tests/</c> and inherit the test projects' settings.
/// </summary>
public sealed class TelegramBenchmarkConfig : ManualConfig
{
    public TelegramBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P95, StatisticColumn.P100);
    }
}

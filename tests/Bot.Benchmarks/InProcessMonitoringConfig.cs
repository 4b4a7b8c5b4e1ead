using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks;

/// <summary>
/// One measurement per iteration, in this process: end-to-end scenarios (seconds each) need no generated project,
/// whose build times out on a busy machine.
/// </summary>
public abstract class InProcessMonitoringConfig : ManualConfig
{
    protected InProcessMonitoringConfig(int warmupCount, int iterationCount)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    /// <summary>60 single posts: enough for a stable P95 and maximum.</summary>
    public sealed class Latency : InProcessMonitoringConfig
    {
        public Latency()
            : base(warmupCount: 3, iterationCount: 60)
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.P100);
        }
    }

    /// <summary>Five full fan-outs.</summary>
    public sealed class FanOut() : InProcessMonitoringConfig(warmupCount: 1, iterationCount: 5);
}

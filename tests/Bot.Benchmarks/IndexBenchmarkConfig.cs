using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bot.Benchmarks;

/// <summary>
/// A short in-process job: one invocation per iteration (a full index takes about a second), one warm-up, five
/// measured. In-process because the generated boilerplate project would sit under tests/ and pick up the test usings.
/// </summary>
public sealed class IndexBenchmarkConfig : ManualConfig
{
    public IndexBenchmarkConfig() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Bot.Benchmarks;

/// <summary>Adds tail columns: the targets are stated as p99, so the median alone would hide slow outliers.</summary>
public sealed class CommandBenchmarkConfig : ManualConfig
{
    public CommandBenchmarkConfig()
    {
        AddColumn(StatisticColumn.P95, StatisticColumn.P100);
    }
}

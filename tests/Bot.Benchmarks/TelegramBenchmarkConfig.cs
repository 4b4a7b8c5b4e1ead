using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Bot.Benchmarks;

/// <summary>Adds the 95th percentile and the maximum (P100): a maximum under target bounds the p99 too.</summary>
public sealed class TelegramBenchmarkConfig : ManualConfig
{
    public TelegramBenchmarkConfig() => AddColumn(StatisticColumn.P95, StatisticColumn.P100);
}

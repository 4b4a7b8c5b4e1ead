namespace Bot.Tests.Http;

/// <summary>
/// Tests that measure allocation with <see cref="GC.GetTotalAllocatedBytes(bool)"/> run alone: the count is
/// process-wide, and other tests allocating at the same time would be charged to them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "Memory measuring";
}

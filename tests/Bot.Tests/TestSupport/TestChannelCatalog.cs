using Bot.Core.Channels;

namespace Bot.Tests.TestSupport;

/// <summary>A channel catalog the test changes by hand, raising <see cref="Changed"/> like the real one.</summary>
public sealed class TestChannelCatalog(params ChannelOptions[] channels) : IChannelCatalog
{
    public IReadOnlyList<ChannelOptions> Current { get; private set; } = channels;

    public event Action<IReadOnlyList<ChannelOptions>>? Changed;

    public void Set(params ChannelOptions[] channels)
    {
        Current = channels;
        Changed?.Invoke(channels);
    }

    public static ChannelOptions Channel(string name, ChannelPlatform platform = ChannelPlatform.Console, int backfill = 0, params string[] categories) =>
        new() { Name = name, Platform = platform, Backfill = backfill, Categories = [.. categories] };
}

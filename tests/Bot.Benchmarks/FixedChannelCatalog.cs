using Bot.Core.Channels;

namespace Bot.Benchmarks;

/// <summary>A channel list that never changes.</summary>
public sealed class FixedChannelCatalog(IReadOnlyList<ChannelOptions> channels) : IChannelCatalog
{
    public IReadOnlyList<ChannelOptions> Current => channels;

    public event Action<IReadOnlyList<ChannelOptions>>? Changed
    {
        add { }
        remove { }
    }
}

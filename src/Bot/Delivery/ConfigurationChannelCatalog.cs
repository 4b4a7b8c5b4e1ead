using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;

namespace Bot.Delivery;

/// <summary>
/// A stand-in catalog: the <c>Channels</c> section read once at start, no validation, no reload. Registered only when
/// no real <see cref="IChannelCatalog"/> is.
/// </summary>
public sealed class ConfigurationChannelCatalog(IConfiguration configuration) : IChannelCatalog
{
    public const string SectionName = "Channels";

    public IReadOnlyList<ChannelOptions> Current { get; } =
        configuration.GetSection(SectionName).Get<List<ChannelOptions>>() ?? [];

    public event Action<IReadOnlyList<ChannelOptions>>? Changed
    {
        add { }
        remove { }
    }
}

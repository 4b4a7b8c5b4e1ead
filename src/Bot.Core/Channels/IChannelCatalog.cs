namespace Bot.Core.Channels;

/// <summary>
/// The configured channels, kept current while the service runs: a valid edit of the settings replaces the list, an
/// invalid one is rejected with a log line and the last good list stays.
/// </summary>
public interface IChannelCatalog
{
    IReadOnlyList<ChannelOptions> Current { get; }

    /// <summary>Raised after <see cref="Current"/> was replaced by a valid new list.</summary>
    event Action<IReadOnlyList<ChannelOptions>>? Changed;
}

using Bot.Core.Channels;

namespace Bot.Channels;

/// <summary>The <c>Channels</c> settings as read: the channels, and every reason they cannot be used (empty when valid).</summary>
public sealed record ChannelList(IReadOnlyList<ChannelOptions> Channels, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

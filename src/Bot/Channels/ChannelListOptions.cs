using Bot.Core.Channels;

namespace Bot.Channels;

/// <summary>The <c>Channels</c> settings as an options value, so that the host refuses to start while they are invalid.</summary>
public sealed class ChannelListOptions
{
    public IReadOnlyList<ChannelOptions> Channels { get; set; } = [];

    public IReadOnlyList<string> Errors { get; set; } = [];
}

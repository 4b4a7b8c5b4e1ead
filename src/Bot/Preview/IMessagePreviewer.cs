using Bot.Core.Channels;
using Bot.Core.Posts;

namespace Bot.Preview;

/// <summary>Shows, as text, the exact message a platform's sender would send for a post (the <c>preview</c> verb).</summary>
public interface IMessagePreviewer
{
    ChannelPlatform Platform { get; }

    /// <summary>The message as the platform would receive it (its markup, or its JSON payload).</summary>
    string Preview(Post post, ChannelOptions channel);
}

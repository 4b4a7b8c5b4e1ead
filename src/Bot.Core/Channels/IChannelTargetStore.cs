namespace Bot.Core.Channels;

/// <summary>
/// Where a platform keeps a channel's target when the platform itself moved the channel (a Telegram group upgraded to a
/// supergroup): the configured entry stays as written, and the platform reads the stored target before sending.
/// </summary>
public interface IChannelTargetStore
{
    /// <summary>The stored target of <paramref name="channel"/>, or null when it never moved.</summary>
    Task<string?> FindAsync(string channel, CancellationToken cancellationToken);

    Task SaveAsync(string channel, string target, CancellationToken cancellationToken);
}

namespace Bot.Tests.Fakes.Discord;

/// <summary>What the fake bot may do in a channel: the permission scenarios Discord answers with 403.</summary>
public enum FakeChannelAccess
{
    /// <summary>The bot can view the channel and send messages.</summary>
    Allowed,

    /// <summary>The bot cannot see the channel: 403, code 50001 Missing Access.</summary>
    MissingAccess,

    /// <summary>The bot sees the channel but may not send: 403, code 50013 Missing Permissions.</summary>
    MissingPermissions,
}

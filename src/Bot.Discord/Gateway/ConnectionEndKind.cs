namespace Bot.Discord.Gateway;

/// <summary>What to do after a connection ended.</summary>
internal enum ConnectionEndKind
{
    /// <summary>Reconnect and resume the session if there is one (op 7, op 9 true, zombie, drop, most close codes).</summary>
    Resume,

    /// <summary>Reconnect and identify afresh (op 9 false, 4007, 4009).</summary>
    NewSession,

    /// <summary>Stop with an error (4004, 4010-4014).</summary>
    Fatal,

    /// <summary>Stop because the caller asked to.</summary>
    Stopped,
}

namespace Bot.Telegram;

/// <summary>What to do with a chat's command under the flood limit.</summary>
public enum FloodDecision
{
    Allow,

    /// <summary>Over the limit for the first time: answer once that the chat should slow down.</summary>
    SlowDown,

    /// <summary>Still over the limit after the warning: stay silent.</summary>
    Ignore,
}

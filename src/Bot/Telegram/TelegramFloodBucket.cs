namespace Bot.Telegram;

/// <summary>One user's command allowance in one chat in <see cref="TelegramChatFloodGate"/>.</summary>
internal sealed class TelegramFloodBucket
{
    public double Tokens { get; set; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>The user has been told to slow down since the bucket was last full.</summary>
    public bool Warned { get; set; }
}

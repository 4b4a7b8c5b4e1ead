namespace Bot.Telegram;

/// <summary>One chat's command allowance in <see cref="TelegramChatFloodGate"/>.</summary>
internal sealed class TelegramFloodBucket
{
    public double Tokens { get; set; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>The chat has been told to slow down since it last had a token.</summary>
    public bool Warned { get; set; }
}

namespace Bot.Channels;

/// <summary>Which platform credentials the settings provide (only whether they are set; the tokens themselves never come here).</summary>
public sealed record PlatformTokens(bool HasTelegramToken, bool HasDiscordToken);

namespace Bot.Tests.Fakes.Telegram;

/// <summary>An answerCallbackQuery the fake received.</summary>
public sealed record FakeCallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);

namespace Bot.Tests.Fakes.Telegram;

/// <summary>An inline keyboard button as the fake received it.</summary>
public sealed record FakeButton(string Text, string? CallbackData, string? Url);

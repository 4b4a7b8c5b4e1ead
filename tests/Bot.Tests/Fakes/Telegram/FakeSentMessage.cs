using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>A message the fake accepted from sendMessage (or its latest state after editMessageText).</summary>
public sealed record FakeSentMessage(
    long ChatId,
    int MessageId,
    string Text,
    string PlainText,
    string? ParseMode,
    int? ThreadId,
    bool DisableNotification,
    int? ReplyToMessageId,
    JsonNode? LinkPreviewOptions,
    IReadOnlyList<IReadOnlyList<FakeButton>> Keyboard);

using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>
/// A message the fake accepted from sendMessage or sendPhoto (or its latest state after editMessageText); for a photo,
/// <see cref="Text"/> is the caption and <see cref="PhotoUrl"/> the photo.
/// </summary>
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
    IReadOnlyList<IReadOnlyList<FakeButton>> Keyboard,
    string? PhotoUrl = null);

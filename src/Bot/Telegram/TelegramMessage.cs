namespace Bot.Telegram;

/// <summary>One Telegram message ready to send: HTML text and the URL its link preview should show.</summary>
/// <param name="Html">Text in HTML parse mode, at most 4096 characters after parsing.</param>
/// <param name="PlainLength">The text's length after parsing, in UTF-16 units.</param>
/// <param name="PreviewUrl">The post whose preview to show, or null for none.</param>
/// <param name="CoverUrl">The post's cover image (absolute http(s)), or null when it has none.</param>
public sealed record TelegramMessage(string Html, int PlainLength, string? PreviewUrl, string? CoverUrl = null);

namespace Bot.Telegram;

/// <summary>Part of a digest message being built: its HTML, parsed length and the last post's link.</summary>
internal sealed record TelegramDigestChunk(string Html, int PlainLength, string? LastLink)
{
    public TelegramDigestChunk Append(TelegramDigestChunk line) => new(Html + line.Html, PlainLength + line.PlainLength, line.LastLink);
}

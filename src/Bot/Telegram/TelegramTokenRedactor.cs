namespace Bot.Telegram;

/// <summary>
/// Safety net: the Bot API carries the token in the URL path, so any text that may quote a URL (exception messages,
/// inner exceptions) passes through here before it is logged or stored.
/// </summary>
public sealed class TelegramTokenRedactor(string? token)
{
    public const string Mask = "<telegram-token>";

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (string.IsNullOrEmpty(token))
        {
            return text;
        }

        var redacted = text.Replace(token, Mask, StringComparison.Ordinal);
        var secret = token.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? token[(colon + 1)..] : "";
        return secret.Length >= 8 ? redacted.Replace(secret, Mask, StringComparison.Ordinal) : redacted;
    }

    /// <summary>What went wrong, on one line and redacted (a transport failure as what happened, not the chain).</summary>
    public string Describe(Exception exception) => Redact(Bot.Http.HttpFailure.Describe(exception));
}

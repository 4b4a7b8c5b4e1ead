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

    /// <summary>The exception's type and messages down its inner chain, redacted, on one line.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            parts.Add($"{current.GetType().Name}: {current.Message}");
        }

        return Redact(string.Join(" ---> ", parts));
    }
}

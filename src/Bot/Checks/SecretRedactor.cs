using Bot.Telegram;

namespace Bot.Checks;

/// <summary>The last safety net before output: every configured token (and its secret part) is masked wherever it appears.</summary>
public sealed class SecretRedactor
{
    private readonly IReadOnlyList<TelegramTokenRedactor> redactors;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        redactors = [.. secrets.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => new TelegramTokenRedactor(s!.Trim()))];
    }

    public string Redact(string text) =>
        redactors.Aggregate(text, (current, redactor) => redactor.Redact(current));
}

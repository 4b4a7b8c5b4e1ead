using System.Text.RegularExpressions;

namespace Bot.Repository;

/// <summary>
/// Removes secrets that travel inside URLs before text reaches a log line, an exception or the health record:
/// the user-info part (<c>https://user:token@host/</c> becomes <c>https://***@host/</c>) and the token of a Discord
/// webhook URL. Every message that may contain a remote URL or git output goes through here.
/// </summary>
public static partial class UrlRedactor
{
    public const string Mask = "***";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var withoutUserInfo = UserInfo().Replace(text, "${scheme}" + Mask + "@");
        return WebhookToken().Replace(withoutUserInfo, "${prefix}" + Mask);
    }

    // The user-info runs to the last '@' before the path, so a raw '@' inside a password is masked with the rest.
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s'""<>]+@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?<prefix>/webhooks/\d+/)[^/?#\s'""<>]+")]
    private static partial Regex WebhookToken();
}

using System.Text.RegularExpressions;
using Bot.Secrets;
using Microsoft.Extensions.Configuration;

namespace Bot.Secrets;

/// <summary>
/// The one redactor of the process: every text that may quote a secret (log lines, exceptions turned into messages,
/// stored errors, CLI and <c>check</c> output) passes through <see cref="Redact"/>. It masks the configured secrets
/// wherever they appear (the Telegram token and its secret half, the Discord token, webhook tokens, credentials in
/// the git remote) and, by their shape, secrets it was not told about: a URL's user-info
/// (<c>https://user:token@host/</c> becomes <c>https://***@host/</c>), a Discord webhook URL's token, a Telegram token
/// in a Bot API path.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>Parts of a secret shorter than this (a Telegram token's bot id) are common text, not masked alone.</summary>
    private const int MinPartLength = 8;

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?> configuredSecrets)
    {
        ArgumentNullException.ThrowIfNull(configuredSecrets);
        secrets = [.. configuredSecrets.SelectMany(MaskedForms).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    /// <summary>Only the shapes of secrets: for code that runs where no configuration is known.</summary>
    public static SecretRedactor ShapesOnly { get; } = new([]);

    /// <summary>Every secret the settings hold: <c>Telegram:Token</c>, <c>Discord:Token</c>, <c>Repository:Remote</c>, <c>Channels[].WebhookUrl</c>.</summary>
    public static SecretRedactor FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new SecretRedactor(
            [
                configuration["Telegram:Token"],
                configuration["Discord:Token"],
                configuration["Repository:Remote"],
                .. configuration.GetSection("Channels").GetChildren().Select(channel => channel["WebhookUrl"]),
            ]);
    }

    /// <summary>
    /// For errors met before the settings could be read: the tokens live in the environment (<c>Telegram__Token</c>,
    /// <c>Discord__Token</c>), so they are known even then.
    /// </summary>
    public static SecretRedactor FromEnvironment() => FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>This redactor, also knowing <paramref name="more"/>.</summary>
    public SecretRedactor With(params string?[] more) => new([.. secrets, .. more]);

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = UserInfo().Replace(text, "${scheme}" + Mask + "@");
        text = WebhookToken().Replace(text, "${prefix}" + Mask);
        return BotApiToken().Replace(text, "${prefix}" + Mask);
    }

    /// <summary>What happened, on one line (<see cref="Bot.Http.HttpFailure.Describe"/>), redacted.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Redact(Bot.Http.HttpFailure.Describe(exception));
    }

    /// <summary>
    /// The texts to mask for one configured value. A URL is not secret as a whole (the remote's host and path help the
    /// reader), only its user-info and webhook token; a token is masked whole and by its secret half.
    /// </summary>
    private static IEnumerable<string> MaskedForms(string? value)
    {
        var secret = value?.Trim();
        if (string.IsNullOrEmpty(secret))
        {
            yield break;
        }

        if (secret.Contains("://", StringComparison.Ordinal))
        {
            foreach (var part in UserInfoParts(secret).Concat(WebhookToken().Matches(secret).Select(m => m.Groups["token"].Value)))
            {
                if (part.Length >= MinPartLength)
                {
                    yield return part;
                }
            }

            yield break;
        }

        yield return secret;
        if (secret.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && secret.Length - colon - 1 >= MinPartLength)
        {
            yield return secret[(colon + 1)..];
        }
    }

    private static IEnumerable<string> UserInfoParts(string url)
    {
        foreach (Match match in UserInfo().Matches(url))
        {
            var userInfo = match.Groups["userinfo"].Value;
            yield return userInfo;
            if (userInfo.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
            {
                yield return userInfo[(colon + 1)..];
            }
        }
    }

    // The user-info runs to the last '@' before the path, so a raw '@' inside a password is masked with the rest.
    [GeneratedRegex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)(?<userinfo>[^/?#\s'""<>]+)@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?<prefix>/webhooks/\d+/)(?<token>[^/?#\s'""<>]+)")]
    private static partial Regex WebhookToken();

    // https://api.telegram.org/bot<token>/METHOD
    [GeneratedRegex(@"(?<prefix>/bot)\d+:[A-Za-z0-9_\-]+")]
    private static partial Regex BotApiToken();
}

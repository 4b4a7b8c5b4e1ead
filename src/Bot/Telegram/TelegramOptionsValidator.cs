using System.Buffers;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>
/// Checks the <c>Telegram</c> section at start-up. Messages name the key and the rule, never the token's value.
/// </summary>
public sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private static readonly SearchValues<char> SecretCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.HasToken && !IsWellFormedToken(options.Token!))
        {
            failures.Add("Telegram:Token (environment variable Telegram__Token) is malformed: expected '<bot id digits>:<secret>' "
                + "as @BotFather issues it, the secret only letters, digits, '_' and '-' (value not shown).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        }

        if (!Enum.IsDefined(options.Cover))
        {
            failures.Add($"Telegram:Cover '{(int)options.Cover}' is not one of Preview, Photo, Off.");
        }

        if (!Enum.IsDefined(options.LinkPreview))
        {
            failures.Add($"Telegram:LinkPreview '{(int)options.LinkPreview}' is not one of On, Off, Above.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// Telegram.Bot's own rule (1 to 16 characters before the first ':' that parse as a number), and a secret of the
    /// characters @BotFather uses: the token becomes a path segment of every request URL, so a '/', '?', '#', '%' or
    /// space would send the request somewhere else.
    /// </summary>
    public static bool IsWellFormedToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 16
            && colon < token.Length - 1
            && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && token.AsSpan(colon + 1).IndexOfAnyExcept(SecretCharacters) < 0;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Channels;

namespace Bot.Channels;

/// <summary>Checks where a channel posts to, and that the platform credential it needs is set.</summary>
public static partial class ChannelTargetValidator
{
    public static IEnumerable<string> Validate(string key, ChannelOptions channel, PlatformTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(tokens);
        switch (channel.Platform)
        {
            case ChannelPlatform.Telegram:
                if (string.IsNullOrWhiteSpace(channel.ChatId))
                {
                    yield return $"{key}:ChatId is missing; a Telegram channel needs a numeric chat id or an @username.";
                }
                else if (!IsTelegramChatId(channel.ChatId.Trim()))
                {
                    yield return $"{key}:ChatId '{channel.ChatId}' is neither a numeric chat id (e.g. -1001234567890) nor an @username.";
                }

                if (channel.ThreadId is <= 0)
                {
                    yield return $"{key}:ThreadId {channel.ThreadId} must be a positive forum topic id.";
                }

                if (!tokens.HasTelegramToken)
                {
                    yield return $"{key}:Platform Telegram needs Telegram:Token (set the environment variable Telegram__Token).";
                }

                break;
            case ChannelPlatform.Discord:
                foreach (var error in ValidateDiscordTarget(key, channel, tokens))
                {
                    yield return error;
                }

                break;
            case ChannelPlatform.Console:
            default:
                break;
        }
    }

    private static IEnumerable<string> ValidateDiscordTarget(string key, ChannelOptions channel, PlatformTokens tokens)
    {
        var hasChannelId = !string.IsNullOrWhiteSpace(channel.ChannelId);
        var hasWebhook = !string.IsNullOrWhiteSpace(channel.WebhookUrl);
        if (hasChannelId && hasWebhook)
        {
            yield return $"{key}:WebhookUrl and {key}:ChannelId are both set; a Discord channel uses one of them.";
        }
        else if (!hasChannelId && !hasWebhook)
        {
            yield return $"{key}:ChannelId is missing; a Discord channel needs a ChannelId (with Discord:Token) or a WebhookUrl.";
        }
        else if (hasWebhook && !IsWebhookUrl(channel.WebhookUrl!.Trim()))
        {
            yield return $"{key}:WebhookUrl is not an https URL.";
        }
        else if (hasChannelId && !IsSnowflake(channel.ChannelId!.Trim()))
        {
            yield return $"{key}:ChannelId '{channel.ChannelId}' is not a Discord snowflake (a number such as 1234567890123456789).";
        }

        if (hasChannelId && !hasWebhook && !tokens.HasDiscordToken)
        {
            yield return $"{key}:ChannelId needs Discord:Token (set the environment variable Discord__Token), or use a WebhookUrl instead.";
        }
    }

    private static bool IsTelegramChatId(string chatId) =>
        long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id != 0
        : TelegramUsername().IsMatch(chatId);

    private static bool IsSnowflake(string id) =>
        id.All(char.IsAsciiDigit) && ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;

    /// <summary>https, or plain http to this machine so that tests and local relays can stand in for Discord.</summary>
    private static bool IsWebhookUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    [GeneratedRegex("^@[A-Za-z][A-Za-z0-9_]{3,31}$")]
    private static partial Regex TelegramUsername();
}

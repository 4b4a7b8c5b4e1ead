using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Channels;
using Cronos;

namespace Bot.Channels;

/// <summary>Checks bound channels; every message starts with the offending key, e.g. <c>Channels:2:ChatId</c>.</summary>
public static partial class ChannelValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<(string Key, ChannelOptions Channel)> channels, PlatformTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(tokens);
        var errors = new List<string>();
        var firstKeyByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, channel) in channels)
        {
            var name = channel.Name.Trim();
            if (name.Length == 0)
            {
                errors.Add($"{key}:Name is missing; every channel needs a unique name.");
            }
            else if (!firstKeyByName.TryAdd(name, key))
            {
                errors.Add($"{key}:Name '{name}' is already used by {firstKeyByName[name]}; channel names must be unique.");
            }

            errors.AddRange(ValidateTarget(key, channel, tokens));
            errors.AddRange(ValidateSchedule(key, channel));
            if (channel.Backfill < 0)
            {
                errors.Add($"{key}:Backfill {channel.Backfill} must be 0 or more.");
            }
        }

        return errors;
    }

    private static IEnumerable<string> ValidateTarget(string key, ChannelOptions channel, PlatformTokens tokens)
    {
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

    private static IEnumerable<string> ValidateSchedule(string key, ChannelOptions channel)
    {
        if (channel.Mode == DeliveryMode.Digest && string.IsNullOrWhiteSpace(channel.Schedule))
        {
            yield return $"{key}:Schedule is missing; Mode Digest needs a cron schedule such as \"0 9 * * *\".";
        }

        if (!string.IsNullOrWhiteSpace(channel.Schedule) && ParseCronError(channel.Schedule.Trim()) is { } cronError)
        {
            yield return $"{key}:Schedule '{channel.Schedule}' is not a cron expression: {cronError}";
        }

        if (!string.IsNullOrWhiteSpace(channel.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone.Trim(), out _))
        {
            yield return $"{key}:TimeZone '{channel.TimeZone}' is not a known time zone (use an IANA name such as Asia/Shanghai).";
        }

        if (channel.DigestThreshold is < 1)
        {
            yield return $"{key}:DigestThreshold {channel.DigestThreshold} must be 1 or more.";
        }
    }

    private static string? ParseCronError(string schedule)
    {
        var format = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? CronFormat.IncludeSeconds
            : CronFormat.Standard;
        try
        {
            CronExpression.Parse(schedule, format);
            return null;
        }
        catch (CronFormatException ex)
        {
            return ex.Message;
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

using Bot.Core.Channels;
using Bot.Core.Digests;

namespace Bot.Channels;

/// <summary>Checks bound channels; every message starts with the offending key, e.g. <c>Channels:2:ChatId</c>.</summary>
public static class ChannelValidator
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

            errors.AddRange(ChannelTargetValidator.Validate(key, channel, tokens));
            errors.AddRange(ValidateSchedule(key, channel));
            if (channel.Backfill < 0)
            {
                errors.Add($"{key}:Backfill {channel.Backfill} must be 0 or more.");
            }
        }

        return errors;
    }

    private static IEnumerable<string> ValidateSchedule(string key, ChannelOptions channel)
    {
        if (channel.Mode == DeliveryMode.Digest && string.IsNullOrWhiteSpace(channel.Schedule))
        {
            yield return $"{key}:Schedule is missing; Mode Digest needs a cron schedule such as \"0 9 * * *\".";
        }

        if (channel.Mode == DeliveryMode.Instant && !string.IsNullOrWhiteSpace(channel.Schedule))
        {
            yield return $"{key}:Schedule is set on channel '{channel.Name.Trim()}', which has Mode Instant and sends each post "
                + $"at once, so the schedule would be ignored; set {key}:Mode to Digest or remove {key}:Schedule.";
        }

        if (!string.IsNullOrWhiteSpace(channel.Schedule) && !DigestSchedule.TryParse(channel.Schedule, null, out _, out var cronError))
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

        if (channel.DigestThreshold is not null && channel.Mode != DeliveryMode.Digest)
        {
            yield return $"{key}:DigestThreshold only applies with Mode Digest (and a Schedule); remove it or set {key}:Mode to Digest.";
        }
    }
}

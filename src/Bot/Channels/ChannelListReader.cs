using System.Globalization;
using System.Reflection;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;

namespace Bot.Channels;

/// <summary>
/// Reads the <c>Channels</c> list from settings. Raw values are checked before binding so that a typo becomes a message
/// naming its key (<c>Channels:2:Backfill 'ten' is not a whole number</c>) instead of a binder exception.
/// </summary>
public static class ChannelListReader
{
    public const string SectionName = "Channels";

    private static readonly HashSet<string> KnownSettings = typeof(ChannelOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] WholeNumberSettings =
        [nameof(ChannelOptions.Backfill), nameof(ChannelOptions.ThreadId), nameof(ChannelOptions.DigestThreshold)];

    private static readonly string[] SwitchSettings = [nameof(ChannelOptions.Silent), nameof(ChannelOptions.Enabled)];

    private static readonly string[] ListSettings =
        [nameof(ChannelOptions.Categories), nameof(ChannelOptions.ExcludeCategories), nameof(ChannelOptions.Tags)];

    /// <param name="requireTokens">
    /// False to read the list as if every platform token were set, for what only shows the channels (<c>status</c>).
    /// </param>
    public static ChannelList Read(IConfiguration configuration, bool requireTokens = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var errors = new List<string>();
        var channels = new List<(string Key, ChannelOptions Channel)>();
        foreach (var item in section.GetChildren())
        {
            if (!int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                errors.Add($"{SectionName} must be a list of channels ([ {{ \"Name\": ... }} ]), but has the key '{item.Path}'.");
                continue;
            }

            var itemErrors = CheckRawValues(item);
            errors.AddRange(itemErrors);
            if (itemErrors.Count == 0)
            {
                var channel = item.Get<ChannelOptions>() ?? new ChannelOptions();
                channels.Add((item.Path, channel));
            }
        }

        var tokens = requireTokens ? PlatformTokens.From(configuration) : new PlatformTokens(true, true);
        errors.AddRange(ChannelValidator.Validate(channels, tokens));
        return new ChannelList([.. channels.Select(c => c.Channel)], errors);
    }

    private static List<string> CheckRawValues(IConfigurationSection item)
    {
        var errors = new List<string>();
        foreach (var setting in item.GetChildren().Where(s => !KnownSettings.Contains(s.Key)))
        {
            errors.Add($"{setting.Path} is not a channel setting; known settings are {string.Join(", ", KnownSettings.Order(StringComparer.Ordinal))}.");
        }

        var platform = item[nameof(ChannelOptions.Platform)];
        if (HasValue(platform) && !IsEnumName<ChannelPlatform>(platform!))
        {
            errors.Add($"{item.Path}:Platform '{platform}' is not a known platform; use Telegram, Discord or Console.");
        }

        var mode = item[nameof(ChannelOptions.Mode)];
        if (HasValue(mode) && !IsEnumName<DeliveryMode>(mode!))
        {
            errors.Add($"{item.Path}:Mode '{mode}' is not a delivery mode; use Instant or Digest.");
        }

        foreach (var name in WholeNumberSettings)
        {
            var value = item[name];
            if (HasValue(value) && !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                errors.Add($"{item.Path}:{name} '{value}' is not a whole number.");
            }
        }

        foreach (var name in SwitchSettings)
        {
            var value = item[name];
            if (HasValue(value) && !bool.TryParse(value, out _))
            {
                errors.Add($"{item.Path}:{name} '{value}' is not true or false.");
            }
        }

        foreach (var name in ListSettings)
        {
            var list = item.GetSection(name);
            if (HasValue(list.Value) && !list.GetChildren().Any())
            {
                errors.Add($"{list.Path} must be a list, e.g. [\"{list.Value}\"].");
            }

            errors.AddRange(list.GetChildren().Where(entry => !HasValue(entry.Value)).Select(entry => $"{entry.Path} is empty."));
        }

        return errors;
    }

    private static bool IsEnumName<TEnum>(string value)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);

    private static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);
}

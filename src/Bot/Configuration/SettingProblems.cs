using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Bot.ConsoleChannel;
using Bot.Core.Digests;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.DiscordAdapter;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Configuration;

namespace Bot.Configuration;

/// <summary>
/// What is wrong with single settings values, one line per problem naming the key and the value:
/// <c>Publishing:RetryBaseDelay = 'banana': not a time span; write hh:mm:ss, e.g. 00:00:02</c>. Checks each scalar
/// key of the sections bound to options classes for conversion and for the property's validation attributes; used
/// at start-up (before the host starts) and on every reload of a settings file.
/// </summary>
public static class SettingProblems
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [RepositoryOptions.SectionName] = typeof(RepositoryOptions),
        [SummaryOptions.SectionName] = typeof(SummaryOptions),
        [DigestOptions.SectionName] = typeof(DigestOptions),
        [StorageOptions.SectionName] = typeof(StorageOptions),
        [PublishingOptions.SectionName] = typeof(PublishingOptions),
        [ConsoleChannelOptions.SectionName] = typeof(ConsoleChannelOptions),
        [TelegramOptions.SectionName] = typeof(TelegramOptions),
        [DiscordOptions.SectionName] = typeof(DiscordOptions),
    };

    /// <summary>Every problem in the merged settings, in section order.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var (section, type) in Sections)
        {
            foreach (var property in ScalarProperties(type))
            {
                var key = $"{section}:{property.Name}";
                if (Check(key, configuration[key]) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }

    /// <summary>The problem with one key's value, or null when it is fine or the key is not a checked setting.</summary>
    public static string? Check(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.LastIndexOf(':');
        if (value is null || colon < 0 || !Sections.TryGetValue(key[..colon], out var type)
            || ScalarProperties(type).FirstOrDefault(p => p.Name.Equals(key[(colon + 1)..], StringComparison.OrdinalIgnoreCase)) is not { } property)
        {
            return null;
        }

        var shown = property.Name.EndsWith("Token", StringComparison.Ordinal) ? "(hidden)" : $"'{value}'";
        var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        object? converted;
        if (value.Length == 0 && (target != property.PropertyType || target == typeof(string)))
        {
            converted = null;
        }
        else if (target.IsEnum)
        {
            if (!Enum.TryParse(target, value, ignoreCase: true, out converted) || value.All(c => char.IsAsciiDigit(c) || c == '-'))
            {
                return $"{key} = {shown}: not one of {string.Join(", ", Enum.GetNames(target))}";
            }
        }
        else
        {
            try
            {
                converted = TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException
                || ex.InnerException is FormatException or OverflowException)
            {
                return $"{key} = {shown}: {Expected(target)}";
            }
        }

        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (!attribute.IsValid(converted))
            {
                return $"{key} = {shown}: {attribute.FormatErrorMessage(property.Name).TrimEnd('.')}";
            }
        }

        return null;
    }

    private static IEnumerable<PropertyInfo> ScalarProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsScalar(p.PropertyType));

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal)
            || target == typeof(TimeSpan) || target == typeof(DateTimeOffset) || target == typeof(Uri);
    }

    private static string Expected(Type type) =>
        type == typeof(TimeSpan) ? "not a time span; write [d.]hh:mm:ss, e.g. 00:00:02 for two seconds"
        : type == typeof(bool) ? "not true or false"
        : type == typeof(int) || type == typeof(long) ? "not a whole number"
        : type == typeof(double) || type == typeof(decimal) ? string.Create(CultureInfo.InvariantCulture, $"not a number (use a dot: {0.5})")
        : $"cannot be read as {type.Name}";
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Tests.Fakes.Discord;

/// <summary>Bulk Overwrite Application Commands bodies: names, descriptions, options, choices, autocomplete.</summary>
public static partial class FakeDiscordCommandValidator
{
    public static FakeDiscordFormErrors Validate(JsonArray commands)
    {
        var errors = new FakeDiscordFormErrors();
        errors.MaxItems(commands, "_root", 100);
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i] as JsonObject ?? [];
            var path = i.ToString(CultureInfo.InvariantCulture);
            ValidateNamed(command, path, errors);
            var options = command["options"] as JsonArray ?? [];
            errors.MaxItems(options, $"{path}.options", 25);
            var seenOptional = false;
            for (var o = 0; o < options.Count; o++)
            {
                var option = options[o] as JsonObject ?? [];
                var optionPath = string.Create(CultureInfo.InvariantCulture, $"{path}.options.{o}");
                ValidateOption(option, optionPath, errors);
                var required = option["required"]?.GetValue<bool>() ?? false;
                if (required && seenOptional)
                {
                    errors.Add($"{optionPath}.required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
                }

                seenOptional |= !required;
            }
        }

        return errors;
    }

    private static void ValidateOption(JsonObject option, string path, FakeDiscordFormErrors errors)
    {
        ValidateNamed(option, path, errors);
        if (option["type"]?.GetValue<int>() is not (>= 1 and <= 11))
        {
            errors.Add($"{path}.type", "BASE_TYPE_CHOICES", "Value must be one of the option types 1-11.");
        }

        var choices = option["choices"] as JsonArray;
        errors.MaxItems(choices, $"{path}.choices", 25);
        if (choices is { Count: > 0 } && option["autocomplete"]?.GetValue<bool>() == true)
        {
            errors.Add($"{path}.autocomplete", "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES", "Autocomplete cannot be enabled on options that have choices");
        }
    }

    private static void ValidateNamed(JsonObject named, string path, FakeDiscordFormErrors errors)
    {
        var name = named["name"]?.GetValue<string>() ?? "";
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            errors.Add($"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }

        errors.MaxLength(named["description"] ?? "", $"{path}.description", 100, min: 1);
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}

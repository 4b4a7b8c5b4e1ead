using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>Legacy message components: at most 5 action rows, each 1-5 buttons or exactly one select.</summary>
public static class FakeDiscordComponentValidator
{
    public static void Validate(JsonArray? rows, FakeDiscordFormErrors errors)
    {
        if (rows is null)
        {
            return;
        }

        errors.MaxItems(rows, "components", 5);
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowPath = string.Create(CultureInfo.InvariantCulture, $"components.{r}");
            var row = rows[r] as JsonObject ?? [];
            if (row["type"]?.GetValue<int>() != 1)
            {
                errors.Add($"{rowPath}.type", "COMPONENT_LAYOUT_INVALID", "Top-level components must be action rows.");
                continue;
            }

            var children = row["components"] as JsonArray ?? [];
            var selects = children.Count(c => c?["type"]?.GetValue<int>() is >= 3 and <= 8 and not 4);
            if (children.Count is 0 or > 5 || (selects > 0 && children.Count > 1))
            {
                errors.Add($"{rowPath}.components", "BASE_TYPE_BAD_LENGTH", "An action row holds 1 to 5 buttons or exactly one select menu.");
            }

            for (var c = 0; c < children.Count; c++)
            {
                ValidateChild(children[c] as JsonObject ?? [], string.Create(CultureInfo.InvariantCulture, $"{rowPath}.components.{c}"), customIds, errors);
            }
        }
    }

    private static void ValidateChild(JsonObject component, string path, HashSet<string> customIds, FakeDiscordFormErrors errors)
    {
        var type = component["type"]?.GetValue<int>();
        var isLink = type == 2 && component["style"]?.GetValue<int>() == 5;
        if (!isLink)
        {
            var customId = component["custom_id"];
            if (customId is null)
            {
                errors.Add($"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
            }
            else
            {
                errors.MaxLength(customId, $"{path}.custom_id", 100, min: 1);
                if (!customIds.Add(customId.GetValue<string>()))
                {
                    errors.Add($"{path}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }
            }
        }

        if (type == 2)
        {
            errors.MaxLength(component["label"], $"{path}.label", 80);
            errors.MaxLength(component["url"], $"{path}.url", 512);
            if (component["style"]?.GetValue<int>() is not (>= 1 and <= 6))
            {
                errors.Add($"{path}.style", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6).");
            }
        }
        else if (type == 3)
        {
            var options = component["options"] as JsonArray ?? [];
            errors.MaxItems(options, $"{path}.options", 25);
            if (options.Count == 0)
            {
                errors.Add($"{path}.options", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
            }

            errors.MaxLength(component["placeholder"], $"{path}.placeholder", 150);
            for (var o = 0; o < options.Count; o++)
            {
                var optionPath = string.Create(CultureInfo.InvariantCulture, $"{path}.options.{o}");
                errors.MaxLength(options[o]?["label"], $"{optionPath}.label", 100, min: 1);
                errors.MaxLength(options[o]?["value"], $"{optionPath}.value", 100, min: 1);
                errors.MaxLength(options[o]?["description"], $"{optionPath}.description", 100);
            }
        }
        else if (type is not (>= 5 and <= 8))
        {
            errors.Add($"{path}.type", "UNION_TYPE_CHOICES", "Value is not a legal component type for an action row.");
        }
    }
}

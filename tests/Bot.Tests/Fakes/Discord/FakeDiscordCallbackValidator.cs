using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// Interaction callback bodies: the type must fit the interaction (7 only for components, 8 only for autocomplete),
/// message data follows the message limits, autocomplete results hold at most 25 choices.
/// </summary>
public static class FakeDiscordCallbackValidator
{
    private const int CallbackFlags = FakeDiscordMessageValidator.SuppressEmbeds | FakeDiscordMessageValidator.Ephemeral
        | FakeDiscordMessageValidator.SuppressNotifications | FakeDiscordMessageValidator.IsComponentsV2;

    public static FakeDiscordFormErrors Validate(JsonObject body, int interactionType)
    {
        var type = body["type"]?.GetValue<int>();
        var allowed = interactionType switch
        {
            2 => new[] { 4, 5, 9 },
            3 => [4, 5, 6, 7, 9],
            4 => [8],
            _ => [1],
        };
        var errors = new FakeDiscordFormErrors();
        if (type is null || !allowed.Contains(type.Value))
        {
            errors.Add("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is not valid for this interaction.");
            return errors;
        }

        var data = body["data"] as JsonObject;
        if (type is 4 or 7)
        {
            errors.Merge("data", FakeDiscordMessageValidator.Validate(data ?? [], CallbackFlags));

            if (type == 4 && FakeDiscordMessageValidator.IsEmpty(data ?? []))
            {
                errors.Add("data", "MESSAGE_EMPTY", "Cannot send an empty message");
            }
        }
        else if (type == 8)
        {
            ValidateChoices(data?["choices"] as JsonArray, errors);
        }

        return errors;
    }

    private static void ValidateChoices(JsonArray? choices, FakeDiscordFormErrors errors)
    {
        if (choices is null)
        {
            errors.Add("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }

        errors.MaxItems(choices, "data.choices", 25);
        for (var i = 0; i < choices.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"data.choices.{i}");
            errors.MaxLength(choices[i]?["name"], $"{path}.name", 100, min: 1);
            if (choices[i]?["value"] is not { } value)
            {
                errors.Add($"{path}.value", "BASE_TYPE_REQUIRED", "This field is required");
            }
            else if (value.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                errors.MaxLength(value, $"{path}.value", 100);
            }
        }
    }
}

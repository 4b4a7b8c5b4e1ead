using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>One rich embed against the Embed Limits table; returns the characters it adds to the 6000 total.</summary>
public static class FakeDiscordEmbedValidator
{
    public static int Validate(JsonObject embed, string path, FakeDiscordFormErrors errors)
    {
        var total = 0;
        total += Counted(embed["title"], $"{path}.title", 256, errors);
        total += Counted(embed["description"], $"{path}.description", 4096, errors);
        errors.MaxLength(embed["url"], $"{path}.url", 2048);
        if (embed["url"] is { } url && !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
        {
            errors.Add($"{path}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }

        MediaUrl(embed["image"], $"{path}.image", errors);
        MediaUrl(embed["thumbnail"], $"{path}.thumbnail", errors);
        if (embed["color"] is { } color && (color.GetValue<long>() < 0 || color.GetValue<long>() > 0xFFFFFF))
        {
            errors.Add($"{path}.color", "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.");
        }

        if (embed["timestamp"] is { } timestamp
            && !DateTimeOffset.TryParse(timestamp.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            errors.Add($"{path}.timestamp", "DATE_TYPE_PARSE", "Could not parse timestamp. Should be ISO8601.");
        }

        total += Counted(embed["footer"]?["text"], $"{path}.footer.text", 2048, errors);
        total += Counted(embed["author"]?["name"], $"{path}.author.name", 256, errors);
        var fields = embed["fields"] as JsonArray ?? [];
        errors.MaxItems(fields, $"{path}.fields", 25);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i] as JsonObject ?? [];
            var fieldPath = string.Create(CultureInfo.InvariantCulture, $"{path}.fields.{i}");
            RequireText(field["name"], $"{fieldPath}.name", errors);
            RequireText(field["value"], $"{fieldPath}.value", errors);
            total += Counted(field["name"], $"{fieldPath}.name", 256, errors);
            total += Counted(field["value"], $"{fieldPath}.value", 1024, errors);
        }

        return total;
    }

    /// <summary>
    /// An embed image or thumbnail: <c>url</c> is required and "only supports http(s) and attachments" (Embed Image
    /// Structure); Discord answers a malformed URL with URL_TYPE_INVALID_URL and another scheme with URL_TYPE_INVALID_SCHEME.
    /// </summary>
    private static void MediaUrl(JsonNode? media, string path, FakeDiscordFormErrors errors)
    {
        if (media is null)
        {
            return;
        }

        if (media["url"] is not { } node || node.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            errors.Add($"{path}.url", "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }

        var text = node.GetValue<string>();
        errors.MaxLength(node, $"{path}.url", 2048);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            errors.Add($"{path}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }
        else if (url.Scheme is not ("http" or "https" or "attachment"))
        {
            errors.Add($"{path}.url", "URL_TYPE_INVALID_SCHEME", $"Scheme \"{url.Scheme}\" is not supported. Scheme must be one of ('http', 'https', 'attachment').");
        }
    }

    private static int Counted(JsonNode? node, string path, int max, FakeDiscordFormErrors errors)
    {
        errors.MaxLength(node, path, max);
        return node?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? FakeDiscordFormErrors.Length(node.GetValue<string>())
            : 0;
    }

    private static void RequireText(JsonNode? node, string path, FakeDiscordFormErrors errors)
    {
        if (node is null || string.IsNullOrWhiteSpace(node.GetValue<string>()))
        {
            errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
        }
    }
}

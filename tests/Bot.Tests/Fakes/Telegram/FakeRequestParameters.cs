using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Fakes.Telegram;

/// <summary>Reads Bot API parameters from the query string, a form body or a JSON body into one JSON object.</summary>
public static class FakeRequestParameters
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = FromText(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = FromText(value.ToString());
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await JsonNode.ParseAsync(request.Body);
            foreach (var (key, value) in body?.AsObject() ?? [])
            {
                parameters[key] = value?.DeepClone();
            }
        }

        return parameters;
    }

    public static string? Text(JsonObject parameters, string name) =>
        parameters[name] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            var node => node.ToJsonString(),
        };

    public static long? Number(JsonObject parameters, string name) =>
        long.TryParse(Text(parameters, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool Flag(JsonObject parameters, string name) => Text(parameters, name) is "true" or "True";

    /// <summary>Form and query values that hold JSON (objects, arrays, numbers) become JSON; the rest stay strings.</summary>
    private static JsonNode? FromText(string text)
    {
        if (text.Length > 0 && (text[0] is '{' or '[' || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        return JsonValue.Create(text);
    }
}

using System.Text.Json.Nodes;

namespace Bot.Tests.Discord;

/// <summary>Message bodies at and just past each documented limit, for the fake's validation table tests.</summary>
public static class FakeDiscordBodies
{
    public static JsonObject Embed(string? title = null, string? description = null, JsonArray? fields = null, string? footer = null, string? author = null)
    {
        var embed = new JsonObject();
        if (title is not null)
        {
            embed["title"] = title;
        }

        if (description is not null)
        {
            embed["description"] = description;
        }

        if (fields is not null)
        {
            embed["fields"] = fields;
        }

        if (footer is not null)
        {
            embed["footer"] = new JsonObject { ["text"] = footer };
        }

        if (author is not null)
        {
            embed["author"] = new JsonObject { ["name"] = author };
        }

        return embed;
    }

    public static JsonArray Fields(int count, int nameLength = 1, int valueLength = 1) =>
        [.. Enumerable.Range(0, count).Select(_ => (JsonNode)new JsonObject { ["name"] = new string('n', nameLength), ["value"] = new string('v', valueLength) })];

    public static JsonObject Button(string customId) => new() { ["type"] = 2, ["style"] = 1, ["label"] = "b", ["custom_id"] = customId };

    public static JsonObject Row(params JsonObject[] components) => new() { ["type"] = 1, ["components"] = new JsonArray(components) };

    public static JsonObject Select(int options) => new()
    {
        ["type"] = 3,
        ["custom_id"] = "select",
        ["options"] = new JsonArray([.. Enumerable.Range(0, options).Select(i => (JsonNode)new JsonObject { ["label"] = $"o{i}", ["value"] = $"v{i}" })]),
    };

    /// <summary>A named case: the body to send and the error path Discord reports (null when it must be accepted).</summary>
    public static (JsonObject Body, string? ErrorPath) Case(string name) => name switch
    {
        "content-2000" => (new JsonObject { ["content"] = new string('a', 2000) }, null),
        "content-2001" => (new JsonObject { ["content"] = new string('a', 2001) }, "content"),
        "cjk-content-2000" => (new JsonObject { ["content"] = string.Concat(Enumerable.Repeat("中", 2000)) }, null),
        "title-257" => (Embeds(Embed(title: new string('t', 257))), "embeds.0.title"),
        "description-4097" => (Embeds(Embed(description: new string('d', 4097))), "embeds.0.description"),
        "fields-26" => (Embeds(Embed(fields: Fields(26))), "embeds.0.fields"),
        "field-name-257" => (Embeds(Embed(fields: Fields(1, nameLength: 257))), "embeds.0.fields.0.name"),
        "field-value-1025" => (Embeds(Embed(fields: Fields(1, valueLength: 1025))), "embeds.0.fields.0.value"),
        "footer-2049" => (Embeds(Embed(title: "t", footer: new string('f', 2049))), "embeds.0.footer.text"),
        "author-257" => (Embeds(Embed(author: new string('a', 257))), "embeds.0.author.name"),
        "embeds-11" => (Embeds([.. Enumerable.Range(0, 11).Select(_ => Embed(title: "t"))]), "embeds"),
        "total-6000" => (Embeds(Embed(title: new string('t', 256), description: new string('d', 4096), footer: new string('f', 1648))), null),
        "total-6001" => (Embeds(Embed(description: new string('d', 3001)), Embed(description: new string('d', 3000))), "embeds"),
        "image-https" => (Embeds(Media("image", "https://blog.example/c.png")), null),
        "image-data-uri" => (Embeds(Media("image", "data:image/png;base64,iVBORw0KGgo=")), "embeds.0.image.url"),
        "image-relative" => (Embeds(Media("image", "/images/c.png")), "embeds.0.image.url"),
        "image-2049" => (Embeds(Media("image", "https://blog.example/" + new string('c', 2028))), "embeds.0.image.url"),
        "thumbnail-no-url" => (Embeds(new JsonObject { ["title"] = "t", ["thumbnail"] = new JsonObject() }), "embeds.0.thumbnail.url"),
        "thumbnail-ftp" => (Embeds(Media("thumbnail", "ftp://blog.example/c.png")), "embeds.0.thumbnail.url"),
        "nonce-26" => (new JsonObject { ["content"] = "x", ["nonce"] = new string('n', 26) }, "nonce"),
        "custom-id-101" => (Components(Row(Button(new string('c', 101)))), "components.0.components.0.custom_id"),
        "custom-id-empty" => (Components(Row(Button(""))), "components.0.components.0.custom_id"),
        "buttons-6" => (Components(Row([.. Enumerable.Range(0, 6).Select(i => Button($"b{i}"))])), "components.0.components"),
        "rows-6" => (Components([.. Enumerable.Range(0, 6).Select(i => Row(Button($"b{i}")))]), "components"),
        "select-options-26" => (Components(Row(Select(26))), "components.0.components.0.options"),
        "select-options-25" => (Components(Row(Select(25))), null),
        "mentions-bad" => (new JsonObject { ["content"] = "x", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray("all") } }, "allowed_mentions.parse.0"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case"),
    };

    private static JsonObject Media(string kind, string url) => new() { ["title"] = "t", [kind] = new JsonObject { ["url"] = url } };

    private static JsonObject Embeds(params JsonObject[] embeds) => new() { ["embeds"] = new JsonArray(embeds) };

    private static JsonObject Components(params JsonObject[] rows) => new() { ["content"] = "x", ["components"] = new JsonArray(rows) };
}

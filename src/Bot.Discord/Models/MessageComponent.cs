using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>
/// A legacy message component: an action row (up to 5 buttons or one select), a button or a string select.
/// One flat shape keeps reading and writing simple; unused members stay null and are omitted.
/// </summary>
/// <remarks>https://discord.com/developers/docs/components/reference</remarks>
public sealed record MessageComponent
{
    [JsonPropertyName("type")]
    public required ComponentType Type { get; init; }

    /// <summary>Children of an action row.</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    [JsonPropertyName("style")]
    public ButtonStyle? Style { get; init; }

    /// <summary>Button label, at most 80 characters.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>Developer-defined id, 1-100 characters, unique per message.</summary>
    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }

    /// <summary>Url of a link button, at most 512 characters.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("disabled")]
    public bool? Disabled { get; init; }

    /// <summary>String select options, at most 25.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<SelectOption>? Options { get; init; }

    /// <summary>String select placeholder, at most 150 characters.</summary>
    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; init; }

    [JsonPropertyName("min_values")]
    public int? MinValues { get; init; }

    [JsonPropertyName("max_values")]
    public int? MaxValues { get; init; }

    /// <remarks>https://discord.com/developers/docs/components/reference#action-row</remarks>
    public static MessageComponent ActionRow(params IReadOnlyList<MessageComponent> children) =>
        new() { Type = ComponentType.ActionRow, Components = children };

    /// <remarks>https://discord.com/developers/docs/components/reference#button</remarks>
    public static MessageComponent Button(string customId, string label, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = style, Disabled = disabled ? true : null };

    /// <remarks>https://discord.com/developers/docs/components/reference#button</remarks>
    public static MessageComponent LinkButton(string url, string label) =>
        new() { Type = ComponentType.Button, Url = url, Label = label, Style = ButtonStyle.Link };

    /// <remarks>https://discord.com/developers/docs/components/reference#string-select</remarks>
    public static MessageComponent StringSelect(string customId, IReadOnlyList<SelectOption> options, string? placeholder = null) =>
        new() { Type = ComponentType.StringSelect, CustomId = customId, Options = options, Placeholder = placeholder };
}

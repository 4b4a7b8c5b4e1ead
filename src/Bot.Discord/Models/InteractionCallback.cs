using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Body of Create Interaction Response: type 4 (message), 7 (update the component's message), 8 (choices).</summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object</remarks>
public sealed record InteractionCallback
{
    [JsonPropertyName("type")]
    public required InteractionCallbackType Type { get; init; }

    [JsonPropertyName("data")]
    public InteractionCallbackData? Data { get; init; }
}

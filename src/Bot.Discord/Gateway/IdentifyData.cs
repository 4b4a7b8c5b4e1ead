using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Data of op 2 Identify. Slash commands need no intents, so <see cref="Intents"/> is 0.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#identify</remarks>
public sealed record IdentifyData
{
    [JsonPropertyName("token")]
    public required string Token { get; init; }

    [JsonPropertyName("intents")]
    public int Intents { get; init; }

    [JsonPropertyName("properties")]
    public required IdentifyProperties Properties { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Intents = ").Append(Intents).Append(", Properties = ").Append(Properties);
        return true;
    }
}

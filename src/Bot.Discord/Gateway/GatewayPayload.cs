using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Every gateway message: opcode, data, and for dispatches (op 0) the sequence number and event name.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#payload-structure</remarks>
public sealed record GatewayPayload
{
    [JsonPropertyName("op")]
    public required GatewayOpcode Op { get; init; }

    // Heartbeats send "d": null on a fresh session, so null must be written here.
    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? D { get; init; }

    [JsonPropertyName("s")]
    public int? S { get; init; }

    [JsonPropertyName("t")]
    public string? T { get; init; }

    // Identify and Resume carry the bot token in "d": never print it.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Op = ").Append(Op).Append(", S = ").Append(S).Append(", T = ").Append(T);
        return true;
    }
}

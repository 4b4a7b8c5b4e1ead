using System.Text.Json;
using Bot.Discord.Models;
using Bot.Discord.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>A dispatch event (op 0): its name, sequence number and data.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#receive-events</remarks>
public sealed record GatewayDispatch(string Type, int? Sequence, JsonElement Data)
{
    /// <remarks>https://discord.com/developers/docs/events/gateway-events#interaction-create</remarks>
    public const string InteractionCreate = "INTERACTION_CREATE";

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#ready</remarks>
    public const string Ready = "READY";

    /// <remarks>https://discord.com/developers/docs/events/gateway-events#resumed</remarks>
    public const string Resumed = "RESUMED";

    /// <summary>The interaction of an <c>INTERACTION_CREATE</c>, or null for other events.</summary>
    public Interaction? AsInteraction() =>
        Type == InteractionCreate ? Data.Deserialize(DiscordJsonContext.Default.Interaction) : null;

    // Interaction data carries a continuation token: print the event name only.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Type = ").Append(Type).Append(", Sequence = ").Append(Sequence);
        return true;
    }
}

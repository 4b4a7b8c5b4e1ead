using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>One gateway payload, in either direction.</summary>
/// <param name="Connection">1-based number of the WebSocket connection it travelled on.</param>
/// <param name="FromClient">True when the bot sent it, false when the fake did.</param>
/// <param name="Op">Gateway opcode.</param>
/// <param name="Payload">The whole payload.</param>
public sealed record GatewayFrame(int Connection, bool FromClient, int Op, JsonObject Payload)
{
    public string? EventName => Payload["t"]?.GetValue<string>();
}

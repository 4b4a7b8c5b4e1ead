using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>An interaction callback the fake accepted.</summary>
/// <param name="InteractionId">The interaction answered.</param>
/// <param name="Type">Callback type (4 message, 7 update, 8 autocomplete result, ...).</param>
/// <param name="Body">The whole callback body.</param>
/// <param name="Elapsed">Time between dispatching the interaction and receiving the callback, on the fake's clock.</param>
public sealed record RecordedCallback(string InteractionId, int Type, JsonObject Body, TimeSpan Elapsed)
{
    public JsonObject? Data => Body["data"] as JsonObject;
}

using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>A gateway session: its id, its sequence, every dispatch it carried (for replay on resume).</summary>
public sealed class FakeGatewaySession(string id)
{
    private readonly List<JsonObject> events = [];

    public string Id { get; } = id;

    public int Sequence { get; private set; }

    /// <summary>The connection the session is live on, or null while the bot is away.</summary>
    public FakeGatewayConnection? Connection { get; set; }

    /// <summary>Numbers the dispatch and keeps it for replay; the caller sends it if a connection is live.</summary>
    public JsonObject Append(string eventName, JsonNode data)
    {
        lock (events)
        {
            Sequence++;
            var payload = new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = Sequence, ["d"] = data };
            events.Add(payload);
            return payload;
        }
    }

    /// <summary>Dispatches after <paramref name="sequence"/>, which a resume replays.</summary>
    public IReadOnlyList<JsonObject> After(int sequence)
    {
        lock (events)
        {
            return [.. events.Where(e => e["s"]!.GetValue<int>() > sequence).Select(e => (JsonObject)e.DeepClone())];
        }
    }
}

using System.Text.Json;

namespace Bot.Discord.Tests.Support;

/// <summary>A message the gateway client sent, parsed, with the fake time it was sent at.</summary>
internal sealed record SentFrame(string Json, DateTimeOffset At)
{
    public JsonElement Root => JsonDocument.Parse(Json).RootElement;

    public int Op => Root.GetProperty("op").GetInt32();

    public JsonElement D => Root.GetProperty("d");
}

using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>Data of op 6 Resume: replays the events missed since <see cref="Seq"/>.</summary>
/// <remarks>https://discord.com/developers/docs/events/gateway-events#resume</remarks>
public sealed record ResumeData
{
    [JsonPropertyName("token")]
    public required string Token { get; init; }

    [JsonPropertyName("session_id")]
    public required string SessionId { get; init; }

    [JsonPropertyName("seq")]
    public int? Seq { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("SessionId = ").Append(SessionId).Append(", Seq = ").Append(Seq);
        return true;
    }
}

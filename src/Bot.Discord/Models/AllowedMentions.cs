using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>Which mentions in a message may ping anyone.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#allowed-mentions-object</remarks>
public sealed record AllowedMentions
{
    /// <summary>An empty <c>parse</c> list: <c>@everyone</c>, role and user mentions ping nobody.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };

    /// <summary>Mention types to parse: <c>roles</c>, <c>users</c>, <c>everyone</c>.</summary>
    [JsonPropertyName("parse")]
    public IReadOnlyList<string> Parse { get; init; } = [];

    [JsonPropertyName("roles")]
    public IReadOnlyList<string>? Roles { get; init; }

    [JsonPropertyName("users")]
    public IReadOnlyList<string>? Users { get; init; }

    [JsonPropertyName("replied_user")]
    public bool? RepliedUser { get; init; }
}

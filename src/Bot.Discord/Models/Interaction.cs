using System.Text.Json.Serialization;

namespace Bot.Discord.Models;

/// <summary>An interaction as received in <c>INTERACTION_CREATE</c>.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object</remarks>
public sealed record Interaction
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; init; }

    [JsonPropertyName("type")]
    public InteractionType Type { get; init; }

    [JsonPropertyName("data")]
    public InteractionData? Data { get; init; }

    [JsonPropertyName("guild_id")]
    public string? GuildId { get; init; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    /// <summary>Set in guilds; <see cref="User"/> is set in DMs instead.</summary>
    [JsonPropertyName("member")]
    public GuildMember? Member { get; init; }

    [JsonPropertyName("user")]
    public DiscordUser? User { get; init; }

    /// <summary>Continuation token, valid 15 minutes; the initial response is due within 3 seconds.</summary>
    [JsonPropertyName("token")]
    public required string Token { get; init; }

    /// <summary>The invoking user's client language, e.g. <c>zh-CN</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("guild_locale")]
    public string? GuildLocale { get; init; }

    /// <summary>The message a component was on.</summary>
    [JsonPropertyName("message")]
    public DiscordMessage? Message { get; init; }

    /// <summary>The invoking user, whether in a guild or a DM.</summary>
    [JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;

    // The continuation token is a credential for 15 minutes: keep it out of logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Type = ").Append(Type)
            .Append(", Name = ").Append(Data?.Name).Append(", CustomId = ").Append(Data?.CustomId)
            .Append(", GuildId = ").Append(GuildId).Append(", ChannelId = ").Append(ChannelId)
            .Append(", Locale = ").Append(Locale);
        return true;
    }
}

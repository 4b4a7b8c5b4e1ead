using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>A message the fake created, through Create Message or Execute Webhook.</summary>
/// <param name="Id">Snowflake the fake assigned.</param>
/// <param name="ChannelId">Channel the message is in.</param>
/// <param name="WebhookId">Webhook that posted it, or null for a bot message.</param>
/// <param name="Nonce">The nonce sent with it, if any.</param>
/// <param name="Body">The request body as sent.</param>
public sealed record FakeMessage(string Id, string ChannelId, string? WebhookId, string? Nonce, JsonObject Body)
{
    /// <summary>When the fake created it, on its clock (nonce uniqueness lasts a few minutes).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public string? Content => Body["content"]?.GetValue<string>();

    public JsonArray Embeds => Body["embeds"] as JsonArray ?? [];

    public int Flags => Body["flags"]?.GetValue<int>() ?? 0;
}

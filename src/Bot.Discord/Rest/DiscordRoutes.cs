namespace Bot.Discord.Rest;

/// <summary>The REST routes this client calls, each keyed by its documented major parameter.</summary>
internal static class DiscordRoutes
{
    /// <remarks>https://discord.com/developers/docs/resources/message#create-message</remarks>
    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel.id}/messages", channelId,
            $"/channels/{Escape(channelId)}/messages", $"POST /channels/{channelId}/messages");

    /// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook</remarks>
    public static DiscordRoute ExecuteWebhook(DiscordWebhookUrl webhook) =>
        new(HttpMethod.Post, "/webhooks/{webhook.id}/{webhook.token}", $"{webhook.Id}/{webhook.Token}",
            $"/webhooks/{Escape(webhook.Id)}/{Escape(webhook.Token)}?wait=true", $"POST /webhooks/{webhook.Id}/(token)?wait=true",
            IsWebhook: true, NeedsBotToken: false, Secret: webhook.Token);

    /// <remarks>https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands</remarks>
    public static DiscordRoute BulkOverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "/applications/{application.id}/commands", applicationId,
            $"/applications/{Escape(applicationId)}/commands", $"PUT /applications/{applicationId}/commands");

    /// <remarks>https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands</remarks>
    public static DiscordRoute BulkOverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "/applications/{application.id}/guilds/{guild.id}/commands", guildId,
            $"/applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands",
            $"PUT /applications/{applicationId}/guilds/{guildId}/commands");

    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response</remarks>
    public static DiscordRoute CreateInteractionResponse(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction.id}/{interaction.token}/callback", $"{interactionId}/{token}",
            $"/interactions/{Escape(interactionId)}/{Escape(token)}/callback", $"POST /interactions/{interactionId}/(token)/callback",
            ExemptFromGlobalLimit: true, NeedsBotToken: false, Secret: token);

    /// <remarks>https://discord.com/developers/docs/events/gateway#get-gateway-bot</remarks>
    public static DiscordRoute GetGatewayBot() => Get("/gateway/bot", string.Empty);

    /// <remarks>https://discord.com/developers/docs/resources/user#get-current-user</remarks>
    public static DiscordRoute GetCurrentUser() => Get("/users/@me", string.Empty);

    /// <remarks>https://discord.com/developers/docs/resources/application#get-current-application</remarks>
    public static DiscordRoute GetCurrentApplication() => Get("/applications/@me", string.Empty);

    /// <remarks>https://discord.com/developers/docs/resources/channel#get-channel</remarks>
    public static DiscordRoute GetChannel(string channelId) => Get($"/channels/{Escape(channelId)}", channelId, "/channels/{channel.id}");

    /// <remarks>https://discord.com/developers/docs/resources/guild#get-guild-member</remarks>
    public static DiscordRoute GetGuildMember(string guildId, string userId) =>
        Get($"/guilds/{Escape(guildId)}/members/{Escape(userId)}", guildId, "/guilds/{guild.id}/members/{user.id}");

    /// <remarks>https://discord.com/developers/docs/resources/guild#get-guild-roles</remarks>
    public static DiscordRoute GetGuildRoles(string guildId) =>
        Get($"/guilds/{Escape(guildId)}/roles", guildId, "/guilds/{guild.id}/roles");

    private static DiscordRoute Get(string path, string major, string? template = null) =>
        new(HttpMethod.Get, template ?? path, major, path, $"GET {path}");

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}

using Bot.Discord.Models;
using Bot.Discord.Rest;
using Bot.Discord.Serialization;

namespace Bot.Discord;

/// <summary>The endpoints; each links to its page in the Discord developer docs.</summary>
public sealed partial class DiscordRestClient
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Wire;

    /// <summary>Posts a message in a channel; with a nonce and <c>enforce_nonce</c> a repeat returns the first message.</summary>
    /// <remarks>https://discord.com/developers/docs/resources/message#create-message</remarks>
    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreateRequest body, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.CreateMessage(channelId), Serialize(body, Json.MessageCreateRequest), Json.DiscordMessage, cancellationToken);

    /// <summary>Executes a webhook with <c>?wait=true</c>, so a message that is not saved is an error, not a silent 204.</summary>
    /// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook</remarks>
    public Task<DiscordMessage> ExecuteWebhookAsync(DiscordWebhookUrl webhook, WebhookExecuteRequest body, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.ExecuteWebhook(webhook), Serialize(body, Json.WebhookExecuteRequest), Json.DiscordMessage, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook</remarks>
    public Task<DiscordMessage> ExecuteWebhookAsync(string webhookUrl, WebhookExecuteRequest body, CancellationToken cancellationToken = default) =>
        ExecuteWebhookAsync(DiscordWebhookUrl.Parse(webhookUrl), body, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook</remarks>
    public Task<DiscordMessage> ExecuteWebhookAsync(string webhookId, string webhookToken, WebhookExecuteRequest body, CancellationToken cancellationToken = default) =>
        ExecuteWebhookAsync(new DiscordWebhookUrl(webhookId, webhookToken), body, cancellationToken);

    /// <summary>Replaces all global commands; commands not listed disappear.</summary>
    /// <remarks>https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands</remarks>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.BulkOverwriteGlobalCommands(applicationId),
            Serialize(commands, Json.IReadOnlyListApplicationCommand), Json.IReadOnlyListApplicationCommand, cancellationToken);

    /// <summary>Replaces all commands in one guild; guild commands update instantly.</summary>
    /// <remarks>https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands</remarks>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.BulkOverwriteGuildCommands(applicationId, guildId),
            Serialize(commands, Json.IReadOnlyListApplicationCommand), Json.IReadOnlyListApplicationCommand, cancellationToken);

    /// <summary>
    /// Answers an interaction (within 3 seconds of receiving it); not bound by the global limit. Never waits or
    /// retries past <paramref name="answerBy"/> (receipt + <see cref="DiscordLimits.InteractionResponseDeadline"/>).
    /// </summary>
    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response</remarks>
    public Task CreateInteractionResponseAsync(
        string interactionId, string interactionToken, InteractionCallback callback, DateTimeOffset answerBy, CancellationToken cancellationToken = default) =>
        SendAsync<DiscordMessage>(DiscordRoutes.CreateInteractionResponse(interactionId, interactionToken),
            Serialize(callback, Json.InteractionCallback), null, cancellationToken, answerBy);

    /// <summary>Answers an interaction received just now: the 3-second deadline counts from this call.</summary>
    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response</remarks>
    public Task CreateInteractionResponseAsync(
        string interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken = default) =>
        CreateInteractionResponseAsync(interactionId, interactionToken, callback,
            _options.TimeProvider.GetUtcNow() + DiscordLimits.InteractionResponseDeadline, cancellationToken);

    /// <summary>Gateway url and the identify budget; not to be cached for long.</summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#get-gateway-bot</remarks>
    public Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetGatewayBot(), null, Json.GatewayBotResponse, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/user#get-current-user</remarks>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetCurrentUser(), null, Json.DiscordUser, cancellationToken);

    /// <summary>The bot's own application, whose id the command endpoints need.</summary>
    /// <remarks>https://discord.com/developers/docs/resources/application#get-current-application</remarks>
    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetCurrentApplication(), null, Json.DiscordApplication, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/channel#get-channel</remarks>
    public Task<DiscordChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetChannel(channelId), null, Json.DiscordChannel, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/guild#get-guild-member</remarks>
    public Task<GuildMember> GetGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetGuildMember(guildId, userId), null, Json.GuildMember, cancellationToken);

    /// <remarks>https://discord.com/developers/docs/resources/guild#get-guild-roles</remarks>
    public Task<IReadOnlyList<GuildRole>> GetGuildRolesAsync(string guildId, CancellationToken cancellationToken = default) =>
        SendForAsync(DiscordRoutes.GetGuildRoles(guildId), null, Json.IReadOnlyListGuildRole, cancellationToken);
}

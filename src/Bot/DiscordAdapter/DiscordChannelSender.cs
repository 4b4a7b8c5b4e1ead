using Bot.Core.Channels;
using Bot.Core.Digests;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.DiscordAdapter;

/// <summary>
/// Sends announcements to Discord channels: Create Message with the bot token for <c>ChannelId</c> channels (with the
/// delivery's nonce and <c>enforce_nonce</c>, so a repeat after a crash returns the first message), Execute Webhook
/// with <c>wait=true</c> for <c>WebhookUrl</c> channels. Nothing pings anyone. 401/403/404 are permanent, 429, 5xx and
/// network failures transient; the rate limiter inside <see cref="DiscordRestClient"/> waits before sending.
/// </summary>
public sealed partial class DiscordChannelSender(
    DiscordRestClient client, ILogger<DiscordChannelSender> logger, IOptions<DiscordOptions>? options = null) : IChannelSender
{
    public ChannelPlatform Platform => ChannelPlatform.Discord;

    public Task<PreparedDelivery> PrepareAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Channel;
        var messages = request.Kind == DeliveryKind.Digest
            ? DiscordDigestRenderer.Messages(DigestRequests.DigestOf(request))
            : DiscordEmbedRenderer.Messages(request.Posts, options?.Value.CoverStyle ?? DiscordCoverStyle.Image);
        DiscordWebhookUrl? webhook = null;
        if (!string.IsNullOrWhiteSpace(channel.WebhookUrl) && !DiscordWebhookUrl.TryParse(channel.WebhookUrl, out webhook))
        {
            return Refused($"Channels '{channel.Name}': WebhookUrl is not a Discord webhook URL (https://discord.com/api/webhooks/ID/TOKEN)");
        }

        if (webhook is null && string.IsNullOrWhiteSpace(channel.ChannelId))
        {
            return Refused($"Channels '{channel.Name}': a Discord channel needs ChannelId or WebhookUrl");
        }

        return Task.FromResult(new PreparedDelivery(
            [.. messages.Select((embeds, i) => (DeliveryPart)(token => SendPartAsync(request, webhook, embeds, i, token)))]));
    }

    private async Task<DeliveryResult> SendPartAsync(
        DeliveryRequest request, DiscordWebhookUrl? webhook, IReadOnlyList<Embed> embeds, int part, CancellationToken cancellationToken)
    {
        var channel = request.Channel;
        try
        {
            var sent = webhook is not null
                ? await client.ExecuteWebhookAsync(webhook, WebhookRequest(embeds, channel), cancellationToken)
                : await client.CreateMessageAsync(channel.ChannelId!, MessageRequest(embeds, channel, Nonce(request.IdempotencyKey, part)), cancellationToken);
            LogSent(logger, channel.Name, sent.Id);
            return DeliveryResult.Sent(sent.Id);
        }
        catch (DiscordApiException exception)
        {
            return Failed(exception);
        }
        catch (InvalidOperationException exception)
        {
            // The client refuses bot-token routes when Discord:Token is missing; retrying cannot help.
            return DeliveryResult.Permanent(exception.Message);
        }
    }

    private static Task<PreparedDelivery> Refused(string reason) =>
        Task.FromResult(PreparedDelivery.Refused(DeliveryResult.Permanent(reason)));

    /// <summary>Create Message body: embeds, no pings, the delivery's nonce enforced, silent when the channel asks.</summary>
    public static MessageCreateRequest MessageRequest(IReadOnlyList<Embed> embeds, ChannelOptions channel, string nonce)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new MessageCreateRequest
        {
            Embeds = embeds,
            AllowedMentions = AllowedMentions.None,
            Flags = channel.Silent ? MessageFlags.SuppressNotifications : null,
            Nonce = nonce,
            EnforceNonce = true,
        };
    }

    /// <summary>Execute Webhook body: Discord takes no nonce here, so webhook channels rely on the outbox alone.</summary>
    public static WebhookExecuteRequest WebhookRequest(IReadOnlyList<Embed> embeds, ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new WebhookExecuteRequest
        {
            Embeds = embeds,
            AllowedMentions = AllowedMentions.None,
            Flags = channel.Silent ? MessageFlags.SuppressNotifications : null,
        };
    }

    /// <summary>The delivery's key for the first message; later messages of a digest get a suffix within 25 characters.</summary>
    public static string Nonce(string idempotencyKey, int message)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        if (message == 0)
        {
            return idempotencyKey;
        }

        var suffix = "." + message.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return idempotencyKey[..Math.Min(idempotencyKey.Length, 25 - suffix.Length)] + suffix;
    }

    /// <summary>Discord's words for a failure, e.g. <c>50013 Missing Permissions (HTTP 403)</c>.</summary>
    public static string Describe(DiscordApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var words = exception.DiscordCode is { } code ? $"{code} {exception.DiscordMessage}".TrimEnd() : exception.DiscordMessage ?? exception.Message;
        return exception.StatusCode is { } status ? $"{words} (HTTP {(int)status})" : words;
    }

    /// <summary>The delivery worker logs the outcome once; logging it here too would say every refusal twice.</summary>
    private static DeliveryResult Failed(DiscordApiException exception)
    {
        var reason = Describe(exception);
        if (exception.IsWebhookDead)
        {
            return DeliveryResult.Permanent("webhook is dead: " + reason);
        }

        return exception.IsPermanent ? DeliveryResult.Permanent(reason) : DeliveryResult.Transient(reason, exception.RetryAfter);
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Discord channel {Channel}: sent message {MessageId}")]
    private static partial void LogSent(ILogger logger, string channel, string messageId);
}

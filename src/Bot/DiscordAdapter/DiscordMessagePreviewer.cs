using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;
using Bot.Discord.Serialization;
using Bot.Preview;
using Microsoft.Extensions.Options;

namespace Bot.DiscordAdapter;

/// <summary>
/// The <c>preview</c> verb for Discord: the request line and the exact JSON body <see cref="DiscordChannelSender"/>
/// sends for a post, Create Message for bot channels or Execute Webhook for webhook channels. Never shows a token.
/// </summary>
public sealed class DiscordMessagePreviewer(IOptions<DiscordOptions> options) : IMessagePreviewer
{
    private static readonly DiscordJsonContext Indented = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    public ChannelPlatform Platform => ChannelPlatform.Discord;

    public string Preview(Post post, ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(channel);
        return PreviewMessage(DiscordEmbedRenderer.Messages([post], options.Value.CoverStyle)[0], channel, PreviewNonce);
    }

    /// <summary>The request line and JSON body of one message of embeds, as the sender would send it.</summary>
    public static string PreviewMessage(IReadOnlyList<Embed> embeds, ChannelOptions channel, string nonce)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (DiscordWebhookUrl.TryParse(channel.WebhookUrl, out var webhook))
        {
            return $"POST /api/v10/webhooks/{webhook!.Id}/(token)?wait=true\n"
                + JsonSerializer.Serialize(DiscordChannelSender.WebhookRequest(embeds, channel), Indented.WebhookExecuteRequest) + "\n";
        }

        return $"POST /api/v10/channels/{channel.ChannelId ?? "(channel id)"}/messages\n"
            + JsonSerializer.Serialize(DiscordChannelSender.MessageRequest(embeds, channel, nonce), Indented.MessageCreateRequest) + "\n";
    }

    /// <summary>The real nonce comes from the outbox row; the preview has none.</summary>
    public const string PreviewNonce = "preview";
}

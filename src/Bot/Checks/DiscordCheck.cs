using Bot.Channels;
using Bot.Core.Channels;
using Bot.Discord;
using Bot.Discord.Models;
using Bot.DiscordAdapter;
using Bot.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Checks;

/// <summary>
/// When an enabled Discord channel is configured or a token is set: <c>/users/@me</c> proves the token, each <c>ChannelId</c>
/// is reachable with View Channel, Send Messages and Embed Links computed from roles and overwrites, and each
/// <c>WebhookUrl</c> still exists. Nothing is sent.
/// </summary>
public sealed class DiscordCheck(IOptions<DiscordOptions> options, IConfiguration configuration, TimeProvider time) : ICheck
{
    public const DiscordPermission Needed = DiscordPermission.ViewChannel | DiscordPermission.SendMessages | DiscordPermission.EmbedLinks;

    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    public string Subject => "Discord";

    public async Task<IReadOnlyList<CheckLine>> RunAsync(CancellationToken cancellationToken)
    {
        var channels = ChannelListReader.Read(configuration).Channels.Where(c => c.Enabled && c.Platform == ChannelPlatform.Discord).ToList();
        var settings = options.Value;
        if (channels.Count == 0 && !settings.HasToken)
        {
            return [];
        }

        using var http = new HttpClient(new BoundedHttpHandler(HttpAnswerLimit.ApiCall with { Timeout = CallTimeout }, time, new SocketsHttpHandler()))
        {
            Timeout = CallTimeout + TimeSpan.FromSeconds(5),
        };
        using var rest = new DiscordRestClient(http, new DiscordRestOptions
        {
            Token = settings.HasToken ? settings.Token : null,
            ApiBaseUrl = new Uri(settings.ApiBaseUrl),
            TimeProvider = time,
            MaxRateLimitRetries = 1,
        });
        var lines = new List<CheckLine>();
        DiscordUser? me = null;
        if (settings.HasToken)
        {
            (me, var problem) = await DiscordCheckCalls.AskAsync(ct => rest.GetCurrentUserAsync(ct), "the token was rejected (401 Unauthorized); check Discord:Token in the Developer Portal", cancellationToken);
            lines.Add(me is null
                ? CheckLine.Fail(Subject, $"/users/@me failed: {problem}")
                : CheckLine.Pass(Subject, $"token valid; the bot is {me.Username} (id {me.Id})"));
        }

        var webhooks = new DiscordWebhookProbe(http, new Uri(settings.ApiBaseUrl));
        foreach (var channel in channels)
        {
            var subject = $"Discord channel {channel.Name}";
            if (!string.IsNullOrWhiteSpace(channel.WebhookUrl))
            {
                lines.Add(await webhooks.CheckAsync(subject, channel.WebhookUrl, cancellationToken));
            }
            else if (me is not null)
            {
                lines.Add(await new DiscordChannelProbe(rest, me).CheckAsync(subject, channel.ChannelId ?? "", cancellationToken));
            }
            else
            {
                lines.Add(CheckLine.Fail(subject, "not checked: ChannelId needs a valid Discord:Token (see the lines above)."));
            }
        }

        return lines;
    }
}

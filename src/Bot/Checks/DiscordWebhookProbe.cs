using System.Net;
using Bot.Discord;

namespace Bot.Checks;

/// <summary>
/// A webhook channel: <c>GET /webhooks/{id}/{token}</c> answers the webhook object while it exists; 404 or 401 mean it
/// was deleted. The URL carries a secret, so only the webhook id is ever printed.
/// </summary>
public sealed class DiscordWebhookProbe(HttpClient http, Uri apiBaseUrl)
{
    public async Task<CheckLine> CheckAsync(string subject, string webhookUrl, CancellationToken cancellationToken)
    {
        if (!DiscordWebhookUrl.TryParse(webhookUrl, out var webhook) || webhook is null)
        {
            return CheckLine.Fail(subject, "WebhookUrl is not a Discord webhook URL (https://discord.com/api/webhooks/{id}/{token}).");
        }

        subject = $"{subject} ({webhook})";
        var root = apiBaseUrl.AbsoluteUri.TrimEnd('/');
        var versioned = root.EndsWith("/" + DiscordRestOptions.ApiVersion, StringComparison.Ordinal) ? root : $"{root}/{DiscordRestOptions.ApiVersion}";
        var url = new Uri($"{versioned}/webhooks/{webhook.Id}/{Uri.EscapeDataString(webhook.Token)}");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            var identity = new DiscordRestOptions();
            request.Headers.TryAddWithoutValidation("User-Agent", $"DiscordBot ({identity.UserAgentUrl}, {identity.UserAgentVersion})");
            using var response = await http.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => CheckLine.Pass(subject, "webhook exists"),
                HttpStatusCode.NotFound or HttpStatusCode.Unauthorized => CheckLine.Fail(subject,
                    $"the webhook is dead ({(int)response.StatusCode}): it was deleted; create a new one and update WebhookUrl."),
                _ => CheckLine.Fail(subject, $"Discord answered {(int)response.StatusCode} {response.ReasonPhrase}"),
            };
        }
        catch (HttpRequestException ex)
        {
            return CheckLine.Fail(subject, $"cannot reach {apiBaseUrl}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckLine.Fail(subject, $"no answer from {apiBaseUrl} within {http.Timeout.TotalSeconds:0} seconds");
        }
    }
}

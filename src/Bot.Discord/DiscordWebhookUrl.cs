namespace Bot.Discord;

/// <summary>
/// The id and token of a webhook, read from its url (<c>https://discord.com/api/webhooks/{id}/{token}</c>, with or
/// without a version segment). The token is a credential: <see cref="ToString"/> leaves it out.
/// </summary>
/// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook</remarks>
public sealed record DiscordWebhookUrl(string Id, string Token)
{
    /// <summary>Parses a webhook url; false (and nothing echoed) when it is not one.</summary>
    public static bool TryParse(string? url, out DiscordWebhookUrl? webhook)
    {
        webhook = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.LastIndexOf(segments, "webhooks");
        if (at < 0 || segments.Length != at + 3 || !segments[at + 1].All(char.IsAsciiDigit) || segments[at + 2].Length == 0)
        {
            return false;
        }

        webhook = new DiscordWebhookUrl(segments[at + 1], Uri.UnescapeDataString(segments[at + 2]));
        return true;
    }

    /// <summary>Parses a webhook url or throws an <see cref="ArgumentException"/> that does not repeat it.</summary>
    public static DiscordWebhookUrl Parse(string? url) =>
        TryParse(url, out var webhook)
            ? webhook!
            : throw new ArgumentException("Not a Discord webhook URL: expected https://discord.com/api/webhooks/{id}/{token}.", nameof(url));

    public override string ToString() => $"webhook {Id}";
}

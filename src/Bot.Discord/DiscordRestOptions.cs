namespace Bot.Discord;

/// <summary>How <see cref="DiscordRestClient"/> reaches Discord. The token is optional for webhook-only use.</summary>
/// <remarks>https://discord.com/developers/docs/reference#http-api</remarks>
public sealed class DiscordRestOptions
{
    public const string DefaultApiBaseUrl = "https://discord.com/api";

    /// <summary>The API version always added to the path: unversioned requests fall back to deprecated v6.</summary>
    /// <remarks>https://discord.com/developers/docs/reference#api-versioning</remarks>
    public const string ApiVersion = "v10";

    /// <summary>Bot token, sent as <c>Authorization: Bot &lt;token&gt;</c>. Never printed.</summary>
    public string? Token { get; init; }

    /// <summary>API root without the version, e.g. <c>https://discord.com/api</c> or a fake server for tests.</summary>
    public Uri ApiBaseUrl { get; init; } = new(DefaultApiBaseUrl);

    /// <summary>Url and version in <c>User-Agent: DiscordBot ($url, $version)</c>.</summary>
    /// <remarks>https://discord.com/developers/docs/reference#user-agent</remarks>
    public string UserAgentUrl { get; init; } = "https://github.com/blog-announcer/bot";

    public string UserAgentVersion { get; init; } = "1.0";

    /// <summary>
    /// How many times a request answered with 429 is sent again after waiting, when the wait fits before
    /// <see cref="MaxRateLimitWait"/>. None by default: the caller owns retries (the outbox loop for deliveries), so
    /// a 429 comes back as a <see cref="DiscordApiException"/> with <see cref="DiscordApiException.RetryAfter"/>.
    /// </summary>
    public int MaxRateLimitRetries { get; init; }

    /// <summary>
    /// The longest a call waits inside the rate limiter; a longer wait ends the call with "retry at T" instead.
    /// Interaction answers wait at most until their own 3-second deadline.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal string UserAgent => $"DiscordBot ({UserAgentUrl}, {UserAgentVersion})";

    internal Uri VersionedBase
    {
        get
        {
            var root = ApiBaseUrl.AbsoluteUri.TrimEnd('/');
            return new Uri(root.EndsWith("/" + ApiVersion, StringComparison.Ordinal) ? root : root + "/" + ApiVersion);
        }
    }

    public override string ToString() =>
        $"ApiBaseUrl = {ApiBaseUrl}, Token = {(string.IsNullOrEmpty(Token) ? "(none)" : "(set, redacted)")}";
}

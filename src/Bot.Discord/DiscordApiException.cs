using System.Net;

namespace Bot.Discord;

/// <summary>
/// A failed Discord request: HTTP status, Discord's JSON error code and message, and whether trying again can help.
/// Never contains the bot token or a webhook token.
/// </summary>
/// <remarks>https://discord.com/developers/docs/topics/opcodes-and-status-codes#http</remarks>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Null when the request never got an answer (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Discord's JSON error code, e.g. 50013 Missing Permissions.</summary>
    public int? DiscordCode { get; init; }

    /// <summary>Discord's JSON error message.</summary>
    public string? DiscordMessage { get; init; }

    /// <summary>True for 4xx other than 429: sending again fails the same way and counts toward the invalid-request ban.</summary>
    public bool IsPermanent { get; init; }

    /// <summary>The webhook returned 404: it was deleted and must not be used again.</summary>
    public bool IsWebhookDead { get; init; }

    /// <summary>How long to wait before trying again, when Discord said so (429 after the retries ran out).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>When the rate limiter answered "retry at T" instead of sending (nothing reached Discord).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>The request as <c>METHOD /path</c> with tokens replaced.</summary>
    public string? Route { get; init; }
}

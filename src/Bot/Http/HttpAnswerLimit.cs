namespace Bot.Http;

/// <summary>
/// What one HTTP call may cost: at most <see cref="MaxBytes"/> of body, and the whole call (connect, headers and every
/// byte of the body) within <see cref="Timeout"/>. <see cref="ExpectJson"/> is for API clients, whose answers are JSON
/// even when they refuse: anything else (a proxy's HTML error page, a truncated text) is reported as what it is.
/// </summary>
public sealed record HttpAnswerLimit(long MaxBytes, TimeSpan Timeout, bool ExpectJson)
{
    public const long MiB = 1024 * 1024;

    /// <summary>Bot API and Discord REST calls other than long polling: their answers are a few KiB.</summary>
    public static HttpAnswerLimit ApiCall { get; } = new(1 * MiB, TimeSpan.FromSeconds(30), ExpectJson: true);
}

namespace Bot.Discord.Rest;

/// <summary>Reported just before the limiter waits: which request (tokens redacted), how long, and why.</summary>
public sealed record RateLimitWait(string Route, TimeSpan Delay, RateLimitWaitReason Reason);

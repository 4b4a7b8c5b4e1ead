namespace Bot.Discord.Tests.Support;

/// <summary>A request as the scripted handler saw it, with the fake clock's time of arrival.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    string Body,
    DateTimeOffset At);

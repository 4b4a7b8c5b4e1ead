namespace Bot.Tests.Fakes.Discord;

/// <summary>One HTTP request the fake received, with the status it answered.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query string.</param>
/// <param name="Authorization">The Authorization header as sent, or null.</param>
/// <param name="UserAgent">The User-Agent header as sent, or null.</param>
/// <param name="Body">The raw request body.</param>
/// <param name="Status">The status code the fake answered.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? UserAgent,
    string Body,
    int Status);

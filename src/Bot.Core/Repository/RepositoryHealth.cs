namespace Bot.Core.Repository;

/// <summary>What the service last knew about its post repository, for <c>status</c>.</summary>
/// <param name="LastScan">When the last scan finished.</param>
/// <param name="PostCount">Posts found by that scan.</param>
/// <param name="WarningCount">Files skipped or read with fallbacks.</param>
/// <param name="LastPull">When the last successful git pull finished, if a remote is set.</param>
/// <param name="LastError">The last scan or pull error (credentials removed), cleared by the next success.</param>
public sealed record RepositoryHealth(
    DateTimeOffset? LastScan,
    int PostCount,
    int WarningCount,
    DateTimeOffset? LastPull,
    string? LastError);

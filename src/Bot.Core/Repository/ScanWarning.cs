namespace Bot.Core.Repository;

/// <summary>A file that was skipped or read with a fallback, and why.</summary>
/// <param name="File">Path relative to the repository root, <c>/</c> separators.</param>
/// <param name="Reason">What was wrong and what was done about it.</param>
public sealed record ScanWarning(string File, string Reason);

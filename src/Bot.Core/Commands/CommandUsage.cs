namespace Bot.Core.Commands;

/// <summary>One line of <c>/help</c>: <c>/NAME ARGUMENTS — DESCRIPTION</c>.</summary>
/// <param name="Arguments">Null for the bare command.</param>
public sealed record CommandUsage(LocalizedText? Arguments, LocalizedText Description);

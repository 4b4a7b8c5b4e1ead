namespace Bot.Core.Commands;

/// <summary><c>/help</c>.</summary>
public sealed record HelpCommand : ChatCommand;

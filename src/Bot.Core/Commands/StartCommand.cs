namespace Bot.Core.Commands;

/// <summary><c>/start</c>: greeting plus help.</summary>
public sealed record StartCommand : ChatCommand;

namespace Bot.Core.Commands;

/// <summary><c>/category</c> with no name: the categories with their post counts.</summary>
public sealed record CategoryListCommand(int Page = 0) : ChatCommand;

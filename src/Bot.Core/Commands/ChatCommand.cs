namespace Bot.Core.Commands;

/// <summary>A subscriber's request, parsed from a chat command or a button payload; platform-neutral.</summary>
public abstract record ChatCommand;

namespace Bot.Discord.Models;

/// <summary>Application command types.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-types</remarks>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

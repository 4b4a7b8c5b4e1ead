namespace Bot.Discord.Models;

/// <summary>Application command option types.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Names mirror Discord's documented option types.")]
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

namespace Bot.Discord.Models;

/// <summary>Message component types this client writes and reads.</summary>
/// <remarks>https://discord.com/developers/docs/components/reference#component-object-component-types</remarks>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
}

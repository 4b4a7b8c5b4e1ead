namespace Bot.Discord.Models;

/// <summary>Button styles; <see cref="Link"/> needs a url and sends no interaction.</summary>
/// <remarks>https://discord.com/developers/docs/components/reference#button-button-styles</remarks>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}

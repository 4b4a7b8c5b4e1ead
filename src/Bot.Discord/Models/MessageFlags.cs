namespace Bot.Discord.Models;

/// <summary>Message flags a bot may set on create or in an interaction response.</summary>
/// <remarks>https://discord.com/developers/docs/resources/message#message-object-message-flags</remarks>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}

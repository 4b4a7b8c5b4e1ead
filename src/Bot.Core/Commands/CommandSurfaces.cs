namespace Bot.Core.Commands;

/// <summary>Where a catalog entry is offered to users; every entry is understood when typed, wherever it is listed.</summary>
[Flags]
public enum CommandSurfaces
{
    None = 0,

    /// <summary>Telegram's command menu (setMyCommands).</summary>
    TelegramMenu = 1,

    /// <summary>Discord's registered slash commands.</summary>
    DiscordCommands = 2,

    /// <summary>The lines of <c>/help</c>.</summary>
    Help = 4,

    All = TelegramMenu | DiscordCommands | Help,
}

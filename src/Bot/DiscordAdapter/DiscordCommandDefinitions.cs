using Bot.Core.Commands;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// The slash commands the bot registers with Bulk Overwrite, derived from <see cref="CommandCatalog"/>: descriptions in
/// English with Chinese localizations.
/// </summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object</remarks>
public static class DiscordCommandDefinitions
{
    public static IReadOnlyList<ApplicationCommand> All { get; } =
        [.. CommandCatalog.On(CommandSurfaces.DiscordCommands).Select(ToApplicationCommand)];

    private static ApplicationCommand ToApplicationCommand(CommandDefinition command) => new()
    {
        Name = command.Name,
        Description = command.Description.English,
        DescriptionLocalizations = Chinese(command.Description),
        Type = ApplicationCommandType.ChatInput,
        Options = command.Options.Count == 0 ? null : [.. command.Options.Select(ToOption)],
    };

    private static ApplicationCommandOption ToOption(CommandOption option) => new()
    {
        Type = option.Kind == CommandOptionKind.WholeNumber ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String,
        Name = option.Name,
        Description = option.Description.English,
        DescriptionLocalizations = Chinese(option.Description),
        Required = false,
        MinValue = option.MinValue,
        MaxValue = option.MaxValue,
        MaxLength = option.MaxLength,
        Autocomplete = option.Autocomplete ? true : null,
    };

    private static Dictionary<string, string> Chinese(LocalizedText text) =>
        new(StringComparer.Ordinal) { ["zh-CN"] = text.Chinese, ["zh-TW"] = text.Chinese };
}

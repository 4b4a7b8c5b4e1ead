using Bot.Core.Commands;
using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// The slash commands the bot registers with Bulk Overwrite: <c>/latest [count 1-20]</c>, <c>/category [name]</c>
/// with autocomplete, and <c>/help</c>; descriptions in English with Chinese localizations.
/// </summary>
/// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object</remarks>
public static class DiscordCommandDefinitions
{
    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = DiscordInteractionResponder.LatestCommandName,
            Description = "The newest posts",
            DescriptionLocalizations = Chinese("最新文章"),
            Type = ApplicationCommandType.ChatInput,
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.Integer,
                    Name = "count",
                    Description = "How many posts (1-20, default 5)",
                    DescriptionLocalizations = Chinese("显示几篇（1-20，默认 5）"),
                    Required = false,
                    MinValue = 1,
                    MaxValue = LatestCommand.MaxCount,
                },
            ],
        },
        new()
        {
            Name = DiscordInteractionResponder.CategoryCommandName,
            Description = "Posts in a category, or the list of categories",
            DescriptionLocalizations = Chinese("某个分类的文章，或全部分类"),
            Type = ApplicationCommandType.ChatInput,
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = "name",
                    Description = "Category name",
                    DescriptionLocalizations = Chinese("分类名"),
                    Required = false,
                    Autocomplete = true,
                    MaxLength = 100,
                },
            ],
        },
        new()
        {
            Name = DiscordInteractionResponder.HelpCommandName,
            Description = "What this bot can do",
            DescriptionLocalizations = Chinese("使用帮助"),
            Type = ApplicationCommandType.ChatInput,
        },
    ];

    private static Dictionary<string, string> Chinese(string text) => new(StringComparer.Ordinal) { ["zh-CN"] = text, ["zh-TW"] = text };
}

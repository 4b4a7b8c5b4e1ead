namespace Bot.Core.Commands;

/// <summary>
/// Every command the bot understands. The Telegram menu, Discord's slash commands, <c>/help</c> and
/// <see cref="CommandParser"/> are all derived from this list: adding a command is one entry here and its handler.
/// </summary>
public static class CommandCatalog
{
    public static CommandDefinition Latest { get; } = new()
    {
        Name = "latest",
        Description = new("The newest posts", "最新文章"),
        Options =
        [
            new CommandOption("count", CommandOptionKind.WholeNumber, new("How many posts (1-20, default 5)", "显示几篇（1-20，默认 5）"), new("[n]", "[数量]"))
            {
                MinValue = 1,
                MaxValue = LatestCommand.MaxCount,
            },
        ],
        Usages = [new(new("[n]", "[n]"), new("the newest posts (default 5, at most 20)", "最新文章（默认 5 篇，最多 20 篇）"))],
        Create = options => new LatestCommand(CommandParser.ParseCount(options.GetValueOrDefault("count", ""))),
    };

    public static CommandDefinition Category { get; } = new()
    {
        Name = "category",
        Description = new("Posts in a category, or the list of categories", "某个分类的文章，或全部分类"),
        Options =
        [
            new CommandOption("name", CommandOptionKind.Text, new("Category name", "分类名"), new("[name]", "[名称]"))
            {
                MaxLength = 100,
                Autocomplete = true,
            },
        ],
        Usages =
        [
            new(null, new("the categories with their post counts", "所有分类及文章数")),
            new(new("NAME", "名称"), new("the newest posts in a category", "某个分类的最新文章")),
        ],
        Create = options => options.GetValueOrDefault("name") is { } name && !string.IsNullOrWhiteSpace(name)
            ? new CategoryPostsCommand(name.Trim())
            : new CategoryListCommand(),
    };

    public static CommandDefinition Help { get; } = new()
    {
        Name = "help",
        Description = new("What this bot can do", "使用帮助"),
        Usages = [new(null, new("this list", "显示本帮助"))],
        Create = _ => new HelpCommand(),
    };

    /// <summary>Telegram sends <c>/start</c> when a user opens the bot; Discord has no such thing.</summary>
    public static CommandDefinition Start { get; } = new()
    {
        Name = "start",
        Description = new("Start", "开始"),
        Surfaces = CommandSurfaces.TelegramMenu,
        Create = _ => new StartCommand(),
    };

    public static IReadOnlyList<CommandDefinition> All { get; } = [Latest, Category, Help, Start];

    private static readonly Dictionary<string, CommandDefinition> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The entry named <paramref name="name"/> (already lowercase), or null when it is not one of ours.</summary>
    public static CommandDefinition? Find(string? name) => name is not null && ByName.TryGetValue(name, out var command) ? command : null;

    /// <summary>The entries offered on <paramref name="surface"/>, in catalog order.</summary>
    public static IEnumerable<CommandDefinition> On(CommandSurfaces surface) => All.Where(c => c.Surfaces.HasFlag(surface));

    /// <summary>The body of <c>/help</c>: one line per usage of every entry offered there.</summary>
    public static string HelpText(ReplyLanguage language) => string.Join('\n',
        from command in On(CommandSurfaces.Help)
        from usage in command.Usages
        select (usage.Arguments is null ? "/" + command.Name : $"/{command.Name} {usage.Arguments.For(language)}")
            + " — " + usage.Description.For(language));
}

namespace Bot.Core.Commands;

/// <summary>One entry of <see cref="CommandCatalog"/>: everything any platform needs to offer and understand a command.</summary>
public sealed record CommandDefinition
{
    /// <summary>Lowercase ASCII letters, digits and underscores, at most 32 (what both platforms accept).</summary>
    public required string Name { get; init; }

    /// <summary>The short description shown in menus; at most 100 characters (Discord's limit).</summary>
    public required LocalizedText Description { get; init; }

    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>The lines this command adds to <c>/help</c>.</summary>
    public IReadOnlyList<CommandUsage> Usages { get; init; } = [];

    public CommandSurfaces Surfaces { get; init; } = CommandSurfaces.All;

    /// <summary>Builds the command from its option values by option name (absent options are missing from the map).</summary>
    public required Func<IReadOnlyDictionary<string, string>, ChatCommand> Create { get; init; }

    /// <summary>The command from a chat message's argument text, which all goes to the first option.</summary>
    public ChatCommand FromText(string arguments) => Create(
        Options.Count == 0 || arguments.Length == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal) { [Options[0].Name] = arguments });

    /// <summary>"/latest [n]": the command with every option's placeholder.</summary>
    public string Syntax(ReplyLanguage language) =>
        string.Join(' ', Options.Select(o => o.Placeholder.For(language)).Prepend("/" + Name));
}

namespace Bot.Core.Commands;

/// <summary>
/// An argument of a command. In a chat message everything after the command is the value of its first option; on
/// platforms with structured options (Discord) each option arrives by <see cref="Name"/>.
/// </summary>
/// <param name="Name">Lowercase ASCII; Discord shows it as the option's name.</param>
/// <param name="Placeholder">How usage lines write the value: <c>[n]</c>, <c>NAME</c>.</param>
public sealed record CommandOption(string Name, CommandOptionKind Kind, LocalizedText Description, LocalizedText Placeholder)
{
    /// <summary>Bounds of an <see cref="CommandOptionKind.WholeNumber"/> option.</summary>
    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    /// <summary>Longest value of a <see cref="CommandOptionKind.Text"/> option.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Whether the platform should ask the bot for suggestions while the user types.</summary>
    public bool Autocomplete { get; init; }
}

/// <summary>The type of an option's value.</summary>
public enum CommandOptionKind
{
    WholeNumber,
    Text,
}

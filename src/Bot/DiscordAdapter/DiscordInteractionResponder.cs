using System.Globalization;
using System.Text.Json;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;

namespace Bot.DiscordAdapter;

/// <summary>
/// Turns one interaction into its callback, without I/O: slash commands answer with a message (type 4), autocomplete
/// with up to 25 category choices (type 8), buttons and the category select edit their message in place (type 7).
/// Notices (unknown category, stale button) answer ephemerally. Language follows the user's <c>locale</c>.
/// </summary>
public sealed class DiscordInteractionResponder(CommandHandler handler)
{
    public InteractionCallback Respond(Interaction interaction, PostIndex index)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(index);
        var language = ReplyLanguages.FromLanguageCode(interaction.Locale);
        return interaction.Type switch
        {
            InteractionType.Ping => new InteractionCallback { Type = InteractionCallbackType.Pong },
            InteractionType.ApplicationCommandAutocomplete => Autocomplete(interaction, index),
            InteractionType.MessageComponent => Component(interaction, index, language),
            _ => Message(handler.Handle(ToCommand(interaction.Data), index, language), InteractionCallbackType.ChannelMessageWithSource),
        };
    }

    /// <summary>The short apology sent when answering failed; ephemeral, so only the user sees it.</summary>
    public static InteractionCallback Failure(string? locale) => Message(
        new Reply { Heading = CommandTexts.For(ReplyLanguages.FromLanguageCode(locale)).Failed, IsNotice = true },
        InteractionCallbackType.ChannelMessageWithSource);

    private static InteractionCallback Autocomplete(Interaction interaction, PostIndex index)
    {
        var typed = Focused(interaction.Data?.Options) is { Value: { ValueKind: JsonValueKind.String } value } ? value.GetString() : null;
        return new InteractionCallback
        {
            Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = DiscordReplyRenderer.Choices(CategorySuggester.Suggest(index, typed)) },
        };
    }

    private InteractionCallback Component(Interaction interaction, PostIndex index, ReplyLanguage language)
    {
        var data = interaction.Data;
        var payload = data?.CustomId == DiscordReplyRenderer.CategorySelectId ? (data.Values is { Count: > 0 } values ? values[0] : null) : data?.CustomId;
        var command = payload is null ? null : CommandPayload.Decode(payload, index);
        var reply = command is null
            ? new Reply { Heading = CommandTexts.For(language).OutOfDate, IsNotice = true }
            : handler.Handle(command, index, language);
        return Message(reply, InteractionCallbackType.UpdateMessage);
    }

    /// <summary>A notice never replaces the message the user clicked on: it goes to the user alone.</summary>
    private static InteractionCallback Message(Reply reply, InteractionCallbackType type) => reply.IsNotice
        ? new InteractionCallback { Type = InteractionCallbackType.ChannelMessageWithSource, Data = DiscordReplyRenderer.Render(reply, ephemeral: true) }
        : new InteractionCallback { Type = type, Data = DiscordReplyRenderer.Render(reply, ephemeral: false) };

    private static ChatCommand ToCommand(InteractionData? data) =>
        CommandCatalog.Find(data?.Name) is { } command && command.Surfaces.HasFlag(CommandSurfaces.DiscordCommands)
            ? command.Create(OptionValues(data!))
            : new HelpCommand();

    private static Dictionary<string, string> OptionValues(InteractionData data) =>
        (data.Options ?? []).Where(o => o.Value is { ValueKind: JsonValueKind.String or JsonValueKind.Number })
            .DistinctBy(o => o.Name, StringComparer.Ordinal)
            .ToDictionary(o => o.Name, o => OptionText(o.Value!.Value), StringComparer.Ordinal);

    private static string OptionText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static InteractionDataOption? Focused(IReadOnlyList<InteractionDataOption>? options) =>
        options?.FirstOrDefault(o => o.Focused == true) ?? options?.Select(o => Focused(o.Options)).FirstOrDefault(o => o is not null);

    internal static string Describe(Interaction interaction) =>
        string.Create(CultureInfo.InvariantCulture, $"{interaction.Type} {interaction.Data?.Name ?? interaction.Data?.CustomId}");
}

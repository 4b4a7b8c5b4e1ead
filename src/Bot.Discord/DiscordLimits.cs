using Bot.Discord.Models;

namespace Bot.Discord;

/// <summary>
/// Documented size limits, for renderers that must stay inside them and for fakes that must enforce them. Lengths are
/// counted in UTF-16 code units, never fewer than the characters Discord counts, so staying within is safe.
/// </summary>
public static class DiscordLimits
{
    /// <remarks>https://discord.com/developers/docs/resources/message#create-message-jsonform-params</remarks>
    public const int ContentLength = 2000;

    /// <summary>An interaction's initial response must reach Discord within 3 seconds of the interaction.</summary>
    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction</remarks>
    public static readonly TimeSpan InteractionResponseDeadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Largest gateway message the bot reads. Discord documents no maximum for what it sends (only 4096 bytes for what
    /// it receives); READY and GUILD_CREATE of a large guild are the biggest, and a bot with no intents gets small ones.
    /// </summary>
    /// <remarks>https://discord.com/developers/docs/events/gateway#sending-events</remarks>
    public const int GatewayMessageMaxBytes = 8 * 1024 * 1024;

    /// <remarks>https://discord.com/developers/docs/resources/message#create-message-jsonform-params</remarks>
    public const int NonceLength = 25;

    /// <remarks>https://discord.com/developers/docs/resources/message#create-message-jsonform-params</remarks>
    public const int EmbedsPerMessage = 10;

    /// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</remarks>
    public const int EmbedTitle = 256;

    /// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</remarks>
    public const int EmbedDescription = 4096;

    /// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</remarks>
    public const int EmbedFields = 25;

    public const int EmbedFieldName = 256;

    public const int EmbedFieldValue = 1024;

    public const int EmbedFooterText = 2048;

    public const int EmbedAuthorName = 256;

    /// <summary>Sum of title, description, field names and values, footer text and author name over all embeds.</summary>
    /// <remarks>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</remarks>
    public const int EmbedTotalCharacters = 6000;

    /// <remarks>https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id</remarks>
    public const int CustomIdLength = 100;

    /// <remarks>https://discord.com/developers/docs/components/reference#action-row</remarks>
    public const int ButtonsPerRow = 5;

    /// <remarks>https://discord.com/developers/docs/components/reference#action-row</remarks>
    public const int ActionRowsPerMessage = 5;

    /// <remarks>https://discord.com/developers/docs/components/reference#button</remarks>
    public const int ButtonLabel = 80;

    /// <remarks>https://discord.com/developers/docs/components/reference#string-select</remarks>
    public const int SelectOptions = 25;

    /// <remarks>https://discord.com/developers/docs/components/reference#string-select-select-option-structure</remarks>
    public const int SelectOptionText = 100;

    /// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete</remarks>
    public const int AutocompleteChoices = 25;

    /// <remarks>https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure</remarks>
    public const int ChoiceNameLength = 100;

    /// <summary>The characters that count toward <see cref="EmbedTotalCharacters"/>, leading and trailing whitespace trimmed.</summary>
    public static int EmbedCharacters(IEnumerable<Embed> embeds) => embeds.Sum(EmbedCharacters);

    public static int EmbedCharacters(Embed embed) =>
        Length(embed.Title) + Length(embed.Description) + Length(embed.Footer?.Text) + Length(embed.Author?.Name)
        + (embed.Fields?.Sum(field => Length(field.Name) + Length(field.Value)) ?? 0);

    private static int Length(string? text) => text?.Trim().Length ?? 0;
}

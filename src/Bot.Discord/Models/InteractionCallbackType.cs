namespace Bot.Discord.Models;

/// <summary>Interaction callback types.</summary>
/// <remarks>https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type</remarks>
public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
}

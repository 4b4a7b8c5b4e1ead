using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;

namespace Bot.Channels;

/// <summary>Which platform credentials the settings provide (only whether they are set; the tokens themselves never come here).</summary>
public sealed record PlatformTokens(bool HasTelegramToken, bool HasDiscordToken)
{
    public static PlatformTokens From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new PlatformTokens(
            !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]), !string.IsNullOrWhiteSpace(configuration["Discord:Token"]));
    }

    /// <summary>The environment variable this channel needs and lacks, or null when it has what it needs.</summary>
    public string? MissingFor(ChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Platform switch
        {
            ChannelPlatform.Telegram when !HasTelegramToken => "Telegram__Token",
            ChannelPlatform.Discord when !HasDiscordToken && string.IsNullOrWhiteSpace(channel.WebhookUrl) => "Discord__Token",
            _ => null,
        };
    }
}

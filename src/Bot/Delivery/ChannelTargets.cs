using Bot.Core.Channels;

namespace Bot.Delivery;

/// <summary>Applies a stored target migration to a configured channel without touching the configured object.</summary>
public static class ChannelTargets
{
    public static ChannelOptions WithOverride(ChannelOptions channel, string? target)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (target is null)
        {
            return channel;
        }

        return new ChannelOptions
        {
            Name = channel.Name,
            Platform = channel.Platform,
            ChatId = channel.Platform == ChannelPlatform.Telegram ? target : channel.ChatId,
            ThreadId = channel.ThreadId,
            ChannelId = channel.Platform == ChannelPlatform.Discord ? target : channel.ChannelId,
            WebhookUrl = channel.WebhookUrl,
            Categories = channel.Categories,
            ExcludeCategories = channel.ExcludeCategories,
            Tags = channel.Tags,
            Backfill = channel.Backfill,
            Silent = channel.Silent,
            Enabled = channel.Enabled,
            Mode = channel.Mode,
            Schedule = channel.Schedule,
            TimeZone = channel.TimeZone,
            DigestThreshold = channel.DigestThreshold,
        };
    }
}

namespace Bot.Core.Channels;

/// <summary>One entry of the <c>Channels</c> list: a place that receives announcements.</summary>
public sealed class ChannelOptions
{
    /// <summary>Unique name; the key the bot's state is stored under.</summary>
    public string Name { get; set; } = "";

    public ChannelPlatform Platform { get; set; } = ChannelPlatform.Console;

    /// <summary>Telegram target: numeric chat id or <c>@username</c>.</summary>
    public string? ChatId { get; set; }

    /// <summary>Telegram forum topic (message thread) id.</summary>
    public int? ThreadId { get; set; }

    /// <summary>Discord channel id (snowflake) for a bot-token channel.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Discord webhook URL, used instead of the bot token.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Category names (case-insensitive; a parent matches its sub-categories). Empty or <c>*</c> means all.</summary>
    public List<string> Categories { get; set; } = [];

    public List<string> ExcludeCategories { get; set; } = [];

    /// <summary>Tags that also select a post for this channel.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>How many of the newest posts to announce when the channel is first seen.</summary>
    public int Backfill { get; set; }

    /// <summary>Send without notification sound (Telegram) or with SUPPRESS_NOTIFICATIONS (Discord).</summary>
    public bool Silent { get; set; }

    public bool Enabled { get; set; } = true;

    public DeliveryMode Mode { get; set; } = DeliveryMode.Instant;

    /// <summary>Cron expression (seconds optional) for digests.</summary>
    public string? Schedule { get; set; }

    /// <summary>IANA time zone of <see cref="Schedule"/>; default the host's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Instant until more than this many posts arrive in one schedule period; then the rest wait for the digest.</summary>
    public int? DigestThreshold { get; set; }
}

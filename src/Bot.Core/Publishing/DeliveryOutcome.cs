namespace Bot.Core.Publishing;

public enum DeliveryOutcome
{
    /// <summary>The platform confirmed the message.</summary>
    Sent,

    /// <summary>Network, timeout, 5xx or 429: try again later.</summary>
    Transient,

    /// <summary>The platform refused for good (no such chat, no rights, bad token): do not retry.</summary>
    Permanent,
}

namespace Bot.Core.Channels;

public enum DeliveryMode
{
    /// <summary>One message per post, as soon as it is seen.</summary>
    Instant,

    /// <summary>One "latest updates" digest per schedule tick.</summary>
    Digest,
}

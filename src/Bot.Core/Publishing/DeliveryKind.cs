namespace Bot.Core.Publishing;

public enum DeliveryKind
{
    /// <summary>One post, one message.</summary>
    Announcement,

    /// <summary>Several posts in one "latest updates" digest.</summary>
    Digest,
}

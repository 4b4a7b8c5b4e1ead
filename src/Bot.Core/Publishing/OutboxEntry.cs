namespace Bot.Core.Publishing;

/// <summary>A pending outbox row as the delivery worker reads it.</summary>
/// <param name="Id">Row id; rows of a channel are sent in id order.</param>
/// <param name="PostId">The post to announce.</param>
/// <param name="Channel">The channel's configured name.</param>
/// <param name="Kind">Announcement or digest.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="NextAttempt">Not before this moment.</param>
public sealed record OutboxEntry(
    long Id,
    string PostId,
    string Channel,
    DeliveryKind Kind,
    int Attempts,
    DateTimeOffset NextAttempt)
{
    /// <summary>A digest row's posts, in the order they were queued; empty for an announcement.</summary>
    public IReadOnlyList<string> DigestPostIds { get; init; } = [];

    /// <summary>Messages of a multi-part delivery the platform already confirmed in earlier attempts.</summary>
    public int PartsSent { get; init; }

    /// <summary>Their ids, comma-separated, or null when none.</summary>
    public string? MessageIdsSoFar { get; init; }

    /// <summary>Sends of this row that left without their outcome being recorded (a crash, or a failed write after it).</summary>
    public int UnconfirmedSends { get; init; }
}

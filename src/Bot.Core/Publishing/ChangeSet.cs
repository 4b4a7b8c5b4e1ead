namespace Bot.Core.Publishing;

/// <summary>
/// What one look at the index found, to be written in ONE transaction: posts to record as seen, channels to record
/// as started, and the deliveries they cause.
/// </summary>
/// <param name="Baseline">True for the first-run baseline: the store records that it happened.</param>
/// <param name="Seen">Posts to insert or update in the seen table.</param>
/// <param name="NewChannels">Channels first seen now.</param>
/// <param name="Deliveries">Outbox rows to write.</param>
/// <param name="NextDue">The earliest date of a scheduled post still to come, when to look again.</param>
public sealed record ChangeSet(
    bool Baseline,
    IReadOnlyList<SeenPost> Seen,
    IReadOnlyList<string> NewChannels,
    IReadOnlyList<PlannedDelivery> Deliveries,
    DateTimeOffset? NextDue)
{
    /// <summary>Posts that wait for a digest channel's next digest instead of an outbox row now.</summary>
    public IReadOnlyList<PlannedDelivery> DigestQueued { get; init; } = [];

    /// <summary>Deliveries held back by <c>Publishing:FloodGuard</c>: written as held, sent only after <c>Bot release</c>.</summary>
    public IReadOnlyList<PlannedDelivery> Held { get; init; } = [];

    /// <summary>Why <see cref="Held"/> was held, recorded with each held row.</summary>
    public string? HoldReason { get; init; }

    public bool IsEmpty => !Baseline && Seen.Count == 0 && NewChannels.Count == 0 && Deliveries.Count == 0 && DigestQueued.Count == 0 && Held.Count == 0;
}

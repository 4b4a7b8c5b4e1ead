using Bot.Core.Publishing;

namespace Bot.Delivery;

/// <summary>What happened to one send, after it was recorded in the store.</summary>
/// <param name="DeliveryId">The outbox row.</param>
/// <param name="Channel">The channel's name.</param>
/// <param name="PostId">The post.</param>
/// <param name="Outcome">Sent, transient (retry at <paramref name="NextAttempt"/>) or permanent.</param>
/// <param name="NextAttempt">When a transient failure will be retried.</param>
/// <param name="Error">The platform's words for a failure.</param>
public sealed record DeliveryAttempt(
    long DeliveryId,
    string Channel,
    string PostId,
    DeliveryOutcome Outcome,
    DateTimeOffset? NextAttempt,
    string? Error);

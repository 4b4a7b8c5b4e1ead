namespace Bot.Core.Publishing;

/// <summary>
/// Sends one part of a delivery: answers <see cref="DeliveryOutcome.Sent"/> with the platform's message id, or the
/// platform's refusal.
/// </summary>
public delegate Task<DeliveryResult> DeliveryPart(CancellationToken cancellationToken);

namespace Bot.Core.Publishing;

/// <summary>One outbox row to write: this post goes to this channel.</summary>
public sealed record PlannedDelivery(string PostId, string Channel, DeliveryKind Kind);

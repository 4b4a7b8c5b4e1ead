namespace Bot.Core.Publishing;

/// <summary>A digest written to the outbox: its row id, its channel and its posts in order.</summary>
public sealed record DigestClosed(long DeliveryId, string Channel, IReadOnlyList<string> PostIds);

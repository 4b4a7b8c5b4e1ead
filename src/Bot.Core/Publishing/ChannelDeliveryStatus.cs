namespace Bot.Core.Publishing;

/// <summary>Delivery counts and the last outcome of one channel, for <c>status</c>.</summary>
public sealed record ChannelDeliveryStatus(
    string Channel,
    int Sent,
    int Pending,
    int Failed,
    string? LastError,
    DateTimeOffset? LastSuccess,
    string? TargetOverride)
{
    /// <summary>Deliveries held by <c>Publishing:FloodGuard</c>, waiting for <c>Bot release</c>.</summary>
    public int Held { get; init; }
}

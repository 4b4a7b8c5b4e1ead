namespace Bot.Core.Publishing;

/// <summary>A delivery rendered into the parts a platform receives in order, or refused before anything was sent.</summary>
/// <param name="Parts">One sender per message, in delivery order.</param>
/// <param name="Refusal">Why nothing can be sent (no token, a target the platform cannot address).</param>
public sealed record PreparedDelivery(IReadOnlyList<DeliveryPart> Parts, DeliveryResult? Refusal = null)
{
    public static PreparedDelivery Refused(DeliveryResult refusal) => new([], refusal);

    public static PreparedDelivery OnePart(DeliveryPart part) => new([part]);
}

namespace Bot.Core.Publishing;

/// <summary>What a platform said about one delivery.</summary>
/// <param name="Outcome">Sent, transient failure or permanent failure.</param>
/// <param name="MessageId">The platform's message id(s) when sent (comma-separated when a digest took several).</param>
/// <param name="Error">The platform's own words for a failure.</param>
/// <param name="RetryAfter">How long the platform asked us to wait, when it said so.</param>
public sealed record DeliveryResult(
    DeliveryOutcome Outcome,
    string? MessageId = null,
    string? Error = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>
    /// Messages the platform confirmed in this attempt (their ids are in <see cref="MessageId"/>); on a failure, the
    /// parts a retry must not send again.
    /// </summary>
    public int PartsSent { get; init; }

    public static DeliveryResult Sent(string messageId) =>
        new(DeliveryOutcome.Sent, messageId) { PartsSent = CountIds(messageId) };

    public static DeliveryResult Transient(string error, TimeSpan? retryAfter = null) =>
        new(DeliveryOutcome.Transient, Error: error, RetryAfter: retryAfter);

    public static DeliveryResult Permanent(string error) => new(DeliveryOutcome.Permanent, Error: error);

    /// <summary>A failure after some parts went out: keeps their ids so a retry resumes after them.</summary>
    public DeliveryResult WithProgress(IReadOnlyCollection<string> confirmedIds)
    {
        ArgumentNullException.ThrowIfNull(confirmedIds);
        return confirmedIds.Count == 0 ? this : this with { PartsSent = confirmedIds.Count, MessageId = string.Join(',', confirmedIds) };
    }

    private static int CountIds(string? messageIds) =>
        string.IsNullOrEmpty(messageIds) ? 0 : messageIds.Split(',').Length;
}

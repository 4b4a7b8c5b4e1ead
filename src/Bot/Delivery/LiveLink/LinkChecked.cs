using Bot.Storage;

namespace Bot.Delivery.LiveLink;

/// <summary>One probe of a post's link, after its answer was stored.</summary>
/// <param name="PostId">The post.</param>
/// <param name="Answer">What the link answered.</param>
/// <param name="Outcome">Waiting (asked again at <paramref name="NextCheck"/>), live, or timed out.</param>
/// <param name="NextCheck">When it is asked again; null once decided.</param>
public sealed record LinkChecked(string PostId, LinkAnswer Answer, LinkCheckOutcome Outcome, DateTimeOffset? NextCheck);

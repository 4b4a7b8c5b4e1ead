namespace Bot.Storage;

/// <summary>Where a post's live-link wait stands; one per post, shared by every channel.</summary>
public enum LinkCheckOutcome
{
    /// <summary>Its link has not answered 2xx yet; announcements of the post wait.</summary>
    Waiting,

    /// <summary>Its link answered 2xx (or the post was announced before the check existed): announce.</summary>
    Live,

    /// <summary>It did not answer within <c>Publishing:LiveLinkTimeout</c>: announced anyway.</summary>
    TimedOut,
}

/// <summary>The stored state of one post's live-link wait, so it survives a restart.</summary>
/// <param name="PostId">The post.</param>
/// <param name="Link">The link asked; a post whose link changes is checked again.</param>
/// <param name="FirstCheck">Start of the wait: the first check, or when its announcement was queued if that was earlier.</param>
/// <param name="NextCheck">Not asked again before this moment.</param>
/// <param name="Checks">Times the link was asked.</param>
/// <param name="LastAnswer">The last answer, e.g. <c>404</c> or <c>no answer within 10 s</c>.</param>
/// <param name="Outcome">Waiting, live or timed out.</param>
/// <param name="Decided">When it became live or timed out.</param>
public sealed record LinkCheck(
    string PostId,
    string Link,
    DateTimeOffset FirstCheck,
    DateTimeOffset NextCheck,
    int Checks,
    string? LastAnswer,
    LinkCheckOutcome Outcome,
    DateTimeOffset? Decided);

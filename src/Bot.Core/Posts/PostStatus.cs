namespace Bot.Core.Posts;

/// <summary>Whether a post is on the public site at a given moment.</summary>
public enum PostStatus
{
    Published,
    Draft,

    /// <summary>Dated in the future: announced when its time comes.</summary>
    Scheduled,

    /// <summary>Past its Hugo <c>expiryDate</c>: no longer on the site.</summary>
    Expired,
}

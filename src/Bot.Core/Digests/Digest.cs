namespace Bot.Core.Digests;

/// <summary>A "latest updates" digest, platform-neutral: a heading, then the new posts grouped by category.</summary>
public sealed record Digest(string Heading, IReadOnlyList<DigestGroup> Groups)
{
    /// <summary>A period without posts: nothing is sent.</summary>
    public bool IsEmpty => Groups.Count == 0;

    public int EntryCount => Groups.Sum(g => g.Entries.Count);
}

namespace Bot.Core.Digests;

/// <summary>One category of a digest, dated by its newest post (in that post's own offset).</summary>
public sealed record DigestGroup(string Category, DateOnly Date, IReadOnlyList<DigestEntry> Entries);

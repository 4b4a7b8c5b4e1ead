namespace Bot.Core.Digests;

/// <summary>One post in a digest; <paramref name="Summary"/> is already shortened.</summary>
public sealed record DigestEntry(string PostId, string Title, string Link, DateTimeOffset Date, string Summary);

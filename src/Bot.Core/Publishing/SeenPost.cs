namespace Bot.Core.Publishing;

/// <summary>A post the bot has recorded as published, with the content hash it had then.</summary>
/// <param name="PostId">The post's stable id.</param>
/// <param name="ContentHash">Hash of the content last recorded.</param>
/// <param name="Announced">False when recorded by the first-run baseline (the archive) rather than announced.</param>
public sealed record SeenPost(string PostId, string ContentHash, bool Announced);

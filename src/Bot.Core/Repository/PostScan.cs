using Bot.Core.Posts;

namespace Bot.Core.Repository;

/// <summary>The result of one scan: every post found (drafts and scheduled ones included) and what was skipped.</summary>
public sealed record PostScan(SiteDescription Site, IReadOnlyList<Post> Posts, IReadOnlyList<ScanWarning> Warnings);

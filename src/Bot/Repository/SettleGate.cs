using Bot.Core.Posts;

namespace Bot.Repository;

/// <summary>
/// Keeps a file that is still being written from being announced half-written: a post that is new or changed since the
/// last published index waits until its file has been unchanged for <c>Repository:SettleTime</c>, measured from its last
/// write (or from when this content was first seen, if the file's clock is ahead). Meanwhile the index keeps the post's
/// previous version, or leaves a new post out. The first scan is taken whole: it is the archive, not a write in progress.
/// </summary>
/// <remarks>
/// Posts written together are released together, when the last of them has settled, so a burst (a pull, a restored
/// archive) reaches the planner in one piece and <c>Publishing:FloodGuard</c> sees it whole. So that one file edited on
/// and on cannot hold the others back for good, a settled post waits at most <see cref="GroupWaitFactor"/> settle times more.
/// </remarks>
public sealed class SettleGate(TimeSpan settleTime)
{
    public const int GroupWaitFactor = 5;

    private Dictionary<string, Unsettled> unsettled = new(StringComparer.Ordinal);
    private bool firstScan = true;

    /// <summary>When the earliest held-back post settles (then rescan), or null when none waits.</summary>
    public DateTimeOffset? NextSettle { get; private set; }

    /// <summary>How many posts the last <see cref="Filter"/> held back.</summary>
    public int HeldBack => unsettled.Count;

    /// <param name="root">The repository root the posts' <see cref="Post.Source"/> paths are relative to.</param>
    /// <param name="scanned">The posts the scan read.</param>
    /// <param name="published">The posts of the index published last.</param>
    public IReadOnlyList<Post> Filter(string root, IReadOnlyList<Post> scanned, IReadOnlyList<Post> published, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        ArgumentNullException.ThrowIfNull(published);
        if (firstScan || settleTime <= TimeSpan.Zero)
        {
            firstScan = false;
            return scanned;
        }

        var before = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var post in published)
        {
            before.TryAdd(post.Id, post);
        }

        var changed = new List<(Post Post, Post? Previous, DateTimeOffset FirstSeen, DateTimeOffset SettlesAt)>();
        var result = new List<Post>(scanned.Count);
        foreach (var post in scanned)
        {
            var previous = before.GetValueOrDefault(post.Id);
            if (previous is not null && previous.ContentHash == post.ContentHash)
            {
                result.Add(post);
                continue;
            }

            var firstSeen = unsettled.TryGetValue(post.Id, out var known) && known.ContentHash == post.ContentHash ? known.FirstSeen : now;
            changed.Add((post, previous, firstSeen, Earlier(LastWrite(root, post.Source), firstSeen) + settleTime));
        }

        var groupSettlesAt = changed.Count == 0 ? now : changed.Max(c => c.SettlesAt);
        var stillUnsettled = new Dictionary<string, Unsettled>(StringComparer.Ordinal);
        DateTimeOffset? next = null;
        foreach (var (post, previous, firstSeen, settlesAt) in changed)
        {
            var releaseAt = Earlier(groupSettlesAt, settlesAt + (GroupWaitFactor * settleTime));
            if (releaseAt <= now)
            {
                result.Add(post);
                continue;
            }

            stillUnsettled[post.Id] = new Unsettled(post.ContentHash, firstSeen);
            next = next is { } n && n < releaseAt ? n : releaseAt;
            if (previous is not null)
            {
                result.Add(previous);
            }
        }

        unsettled = stillUnsettled;
        NextSettle = next;
        return result;
    }

    private static DateTimeOffset? LastWrite(string root, string source)
    {
        try
        {
            var file = new FileInfo(Path.Combine(root, source));
            return file.Exists ? new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static DateTimeOffset Earlier(DateTimeOffset? written, DateTimeOffset firstSeen) =>
        written is { } w && w < firstSeen ? w : firstSeen;

    private readonly record struct Unsettled(string ContentHash, DateTimeOffset FirstSeen);
}

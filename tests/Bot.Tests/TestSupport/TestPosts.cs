using Bot.Core.Posts;

namespace Bot.Tests.TestSupport;

/// <summary>Posts built in code for planner and worker tests.</summary>
public static class TestPosts
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static Post Make(string id, DateTimeOffset date, string hash = "h1", params string[] categories) => new()
    {
        Id = id,
        Source = $"source/_posts/{id}.md",
        Title = $"标题 {id}",
        Date = date,
        Categories = categories.Length == 0 ? ["随笔"] : categories,
        Link = $"https://blog.example/{id}/",
        Summary = $"摘要 {id} 🚀",
        ContentHash = hash,
    };

    public static PostIndex Index(DateTimeOffset now, params Post[] posts) => PostIndex.Build(posts, now);
}

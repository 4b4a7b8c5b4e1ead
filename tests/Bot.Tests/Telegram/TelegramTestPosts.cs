using Bot.Core.Posts;

namespace Bot.Tests.Telegram;

/// <summary>Posts for Telegram tests.</summary>
internal static class TelegramTestPosts
{
    public static Post Make(
        string title = "Hello",
        string summary = "A short summary.",
        string[]? categories = null,
        string link = "https://blog.example/posts/hello/",
        DateTimeOffset? date = null,
        string? id = null) => new()
        {
            Id = id ?? "posts/" + Math.Abs(StringComparer.Ordinal.GetHashCode(title + link)),
            Source = "source/_posts/hello.md",
            Title = title,
            Date = date ?? new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)),
            Categories = categories ?? ["NLP"],
            Link = link,
            Summary = summary,
            ContentHash = "hash",
        };

    /// <summary>An index of <paramref name="count"/> posts over a few categories, newest first by day.</summary>
    public static PostIndex Index(int count, params string[] categories)
    {
        var names = categories.Length > 0 ? categories : ["NLP", "深度学习", "Rust"];
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, count).Select(i => Make(
            title: $"Post {i}",
            link: $"https://blog.example/p/{i}/",
            categories: [names[i % names.Length]],
            date: start.AddHours(i),
            id: $"p{i}"));
        return PostIndex.Build(posts, start.AddYears(10));
    }
}

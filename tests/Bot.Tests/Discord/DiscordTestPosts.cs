using System.Globalization;
using Bot.Core.Posts;

namespace Bot.Tests.Discord;

/// <summary>Posts for the Discord adapter tests: ordinary ones across CJK and Latin categories, and hostile ones.</summary>
public static class DiscordTestPosts
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static readonly string[] Categories = ["NLP", "机器学习", "Rust", "随笔"];

    public static Post Make(int n, string? title = null, string? summary = null, IReadOnlyList<string>? categories = null, string? link = null) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"posts/p{n}.md"),
        Source = string.Create(CultureInfo.InvariantCulture, $"source/_posts/p{n}.md"),
        Title = title ?? string.Create(CultureInfo.InvariantCulture, $"文章 {n}: Post number {n}"),
        Date = Now.AddHours(-n),
        Categories = categories ?? [Categories[n % Categories.Length]],
        Link = link ?? string.Create(CultureInfo.InvariantCulture, $"https://blog.example.org/{2026}/p{n}/"),
        Summary = summary ?? string.Create(CultureInfo.InvariantCulture, $"Summary of post {n}，中文摘要。"),
        ContentHash = string.Create(CultureInfo.InvariantCulture, $"hash{n}"),
    };

    /// <summary>An index of <paramref name="count"/> posts, newest first, in the four categories.</summary>
    public static PostIndex Index(int count) => PostIndex.Build(Enumerable.Range(1, count).Select(n => Make(n)), Now);

    /// <summary>Names the hostile cases for table tests.</summary>
    public static Post Hostile(string kind) => kind switch
    {
        "mentions" => Make(1, title: "@everyone look <@&123> <@42> @here", summary: "Ping <@&123> and @everyone, also <#456> and <:emoji:789>."),
        "markdown" => Make(2, title: "**Bold** _it_ ~~x~~ `code` ||spoiler|| [link](https://evil.example)", summary: "# Heading\n> quote\n- list\n```\ncode block\n```\n[masked](https://evil.example)"),
        "long-summary" => Make(3, summary: string.Concat(Enumerable.Repeat("长摘要😀 **x** ", 500))),
        "long-title" => Make(4, title: string.Concat(Enumerable.Repeat("标题*", 150))),
        "cjk" => Make(5, title: "中文标题：深度学习与自然语言处理 🚀", summary: "这是一个很长的中文摘要，包含全角标点：，。！？", categories: ["机器学习", "ＮＬＰ", "随笔"]),
        "many-categories" => Make(6, categories: [.. Enumerable.Range(0, 120).Select(i => $"分类{i}")]),
        "empty-summary" => Make(7, summary: ""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown case"),
    };
}

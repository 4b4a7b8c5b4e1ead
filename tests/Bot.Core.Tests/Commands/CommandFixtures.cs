using Bot.Core.Posts;

namespace Bot.Core.Tests.Commands;

/// <summary>Posts and indexes for command tests: one post per day from a fixed start, newest last in the input.</summary>
internal static class CommandFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset Now = Start.AddYears(1);

    public static Post MakePost(int number, params string[] categories) => new()
    {
        Id = $"p{number:D4}",
        Source = $"source/_posts/p{number:D4}.md",
        Title = $"Post {number}",
        Date = Start.AddDays(number),
        Categories = categories,
        Link = $"https://blog.example/p{number:D4}/",
        Summary = $"Summary {number} [代码]",
        ContentHash = $"h{number}",
    };

    /// <summary>Posts 1..count, post i in categories[i % categories.Length].</summary>
    public static PostIndex Index(int count, params string[] categories) =>
        PostIndex.Build(Enumerable.Range(1, count).Select(i => MakePost(i, categories[i % categories.Length])), Now);

    /// <summary>An index where each named category has the given number of posts.</summary>
    public static PostIndex IndexWithCounts(params (string Category, int Count)[] categories)
    {
        var number = 0;
        var posts = categories.SelectMany(c => Enumerable.Range(0, c.Count).Select(_ => MakePost(++number, c.Category)));
        return PostIndex.Build(posts, Now);
    }
}

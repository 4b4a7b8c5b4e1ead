using System.Globalization;

namespace Bot.Tests.TestSupport;

/// <summary>A small Hexo blog on disk: <c>_config.yml</c> and posts under <c>source/_posts</c>, each with an <c>abbrlink</c> id.</summary>
public sealed class TestBlog
{
    public static readonly DateTimeOffset FirstDate = new(2026, 1, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public TestBlog(string root)
    {
        Root = root;
        Directory.CreateDirectory(PostsFolder);
        File.WriteAllText(Path.Combine(root, "_config.yml"), """
            title: 测试博客
            url: https://blog.example
            permalink: :year/:month/:day/:title/
            timezone: Asia/Shanghai
            source_dir: source
            """);
    }

    public string Root { get; }

    public string PostsFolder => Path.Combine(Root, "source", "_posts");

    /// <summary>The id the bot gives the post <see cref="WritePost"/> wrote as <paramref name="name"/>: its source path.</summary>
    public static string IdOf(string name) => $"source/_posts/{name}.md";

    /// <summary>Writes the post through a temp file and a rename, as editors do, so a scan never sees half a file.</summary>
    public void WritePost(string id, DateTimeOffset date, params string[] categories)
    {
        var text = $"""
            ---
            title: "文章 {id}"
            date: {date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}
            abbrlink: {id}
            categories: [{string.Join(", ", categories.Length == 0 ? ["随笔"] : categories)}]
            ---
            这是 {id} 的摘要。🚀

            <!-- more -->

            正文。
            """;
        var temp = Path.Combine(Root, $".{id}.tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, Path.Combine(PostsFolder, $"{id}.md"), overwrite: true);
    }
}

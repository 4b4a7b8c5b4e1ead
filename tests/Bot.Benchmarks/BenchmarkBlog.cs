using System.Globalization;
using System.Text;

namespace Bot.Benchmarks;

/// <summary>Writes a Hexo blog of generated posts: sizes around 4 KB, Chinese and English, code blocks, nested categories.</summary>
public static class BenchmarkBlog
{
    internal static readonly string[] Chinese = ["深度学习", "分布式训练", "梯度", "注意力机制", "语言模型", "状态空间模型", "集成学习", "自动求导"];
    internal static readonly string[] English = ["tensor", "gradient", "attention", "embedding", "optimizer", "checkpoint", "sequence", "kernel"];
    internal static readonly string[][] Categories = [["Python"], ["NLP"], ["深度学习", "NLP"], ["深度学习", "序列模型"], ["机器学习"]];

    public static string Generate(int count)
    {
        var root = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N"));
        var posts = Path.Combine(root, "source", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(root, "_config.yml"), "url: https://bench.example.com\npermalink: :year/:month/:day/:title/\ntimezone: Asia/Shanghai\n");
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(posts, (i % 20).ToString("D2", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"post-{i:D5}.md"), Post(i, random));
        }

        return root;
    }

    private static string Post(int i, Random random)
    {
        var builder = new StringBuilder(6000);
        var date = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddHours(i * 7 % 17000);
        var categories = Categories[i % Categories.Length];
        builder.Append("---\ntitle: ").Append(Chinese[i % Chinese.Length]).Append(' ').Append(English[i % English.Length]).Append(" #").Append(i)
            .Append("\ndate: ").Append(date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
            .Append("\ncategories: [").Append(string.Join(", ", categories)).Append("]\ntags: [PyTorch, 笔记]\n---\n");
        AppendBody(builder, random, "<!-- more -->");
        return builder.ToString();
    }

    /// <summary>Paragraphs of mixed Chinese and English with headings, code blocks and lists until the post is 2-6 KB.</summary>
    internal static void AppendBody(StringBuilder builder, Random random, string moreMarker)
    {
        var target = 2000 + random.Next(4000);
        var paragraph = 0;
        while (builder.Length < target)
        {
            builder.Append(paragraph % 2 == 0 ? "## " : string.Empty);
            for (var w = 0; w < 40; w++)
            {
                builder.Append(random.Next(2) == 0 ? Chinese[random.Next(Chinese.Length)] : English[random.Next(English.Length)] + " ");
            }

            builder.Append("\n\n");
            if (paragraph == 1)
            {
                builder.Append(moreMarker).Append("\n\n");
            }

            if (paragraph % 3 == 2)
            {
                builder.Append("```python\nx = torch.randn(4, 3, requires_grad=True)\ny = (x * 2).sum()\ny.backward()\n```\n\n- item **one**\n- item [two](https://example.com)\n\n");
            }

            paragraph++;
        }
    }
}

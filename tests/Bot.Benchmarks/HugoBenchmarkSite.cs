using System.Globalization;
using System.Text;

namespace Bot.Benchmarks;

/// <summary>
/// Writes a Hugo site for the whole-process comparison with <c>hugo list all</c>: <c>hugo.toml</c> with a time zone,
/// permalinks and taxonomies, and posts under <c>content/posts/&lt;topic&gt;/&lt;sub&gt;/</c> (a tenth with TOML
/// front matter), each 2-6 KB of Chinese and English with code blocks and nested categories, all dated in the past.
/// Run: <c>dotnet run -c Release --project tests/Bot.Benchmarks -- hugo-site DIR [COUNT]</c>.
/// </summary>
public static class HugoBenchmarkSite
{
    private static readonly string[] Topics = ["machine-learning", "深度学习", "systems", "notes"];

    public static void Generate(string root, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new InvalidOperationException($"'{root}' is not empty; give a new folder");
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = "https://bench.example.com/"
            languageCode = "zh-cn"
            title = "Bench"
            timeZone = "Asia/Shanghai"

            [params]
            mainSections = ["posts"]

            [permalinks]
            posts = "/:year/:month/:slug/"

            [taxonomies]
            category = "categories"
            tag = "tags"

            """);
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, "content", "posts", Topics[i % Topics.Length], "part-" + (i % 5).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"post-{i:D5}.md"), Post(i, random));
        }
    }

    private static string Post(int i, Random random)
    {
        var builder = new StringBuilder(6000);
        var date = new DateTime(2020, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddHours(i * 5);
        var title = $"{BenchmarkBlog.Chinese[i % BenchmarkBlog.Chinese.Length]} {BenchmarkBlog.English[i % BenchmarkBlog.English.Length]} {i}";
        var categories = string.Join(", ", BenchmarkBlog.Categories[i % BenchmarkBlog.Categories.Length].Select(c => $"\"{c}\""));
        var when = date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";
        if (i % 10 == 9)
        {
            builder.Append("+++\ntitle = \"").Append(title).Append("\"\ndate = ").Append(when)
                .Append("\ncategories = [").Append(categories).Append("]\ntags = [\"PyTorch\", \"笔记\"]\n+++\n");
        }
        else
        {
            builder.Append("---\ntitle: \"").Append(title).Append("\"\ndate: ").Append(when)
                .Append("\ncategories: [").Append(categories).Append("]\ntags: [PyTorch, 笔记]\n---\n");
        }

        BenchmarkBlog.AppendBody(builder, random, "<!--more-->");
        return builder.ToString();
    }
}

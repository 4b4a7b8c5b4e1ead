using System.CommandLine;
using System.Text.Json;
using Bot.Cli;

namespace Bot.Tests.Cli;

/// <summary>Runs the real <c>posts</c> verb in-process on the sample blog in config/ and checks what it prints.</summary>
public sealed class PostsVerbTests
{
    private static readonly string[] JsonFields = ["id", "source", "title", "date", "categories", "tags", "link", "summary", "cover"];

    [Fact]
    public async Task Posts_Json_PrintsPublishedPostsNewestFirstWithExactFields()
    {
        var (exit, output, _) = await RunAsync("posts", "--json", "--repo", SampleBlog());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var posts = document.RootElement.EnumerateArray().ToList();
        Assert.True(posts.Count >= 14, $"only {posts.Count} posts");
        foreach (var post in posts)
        {
            Assert.Equal(JsonFields, post.EnumerateObject().Select(p => p.Name));
            Assert.StartsWith("https://blog.example.com/", post.GetProperty("link").GetString(), StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", post.GetProperty("date").GetString());
            Assert.DoesNotContain("\\", post.GetProperty("source").GetString(), StringComparison.Ordinal);
        }

        var dates = posts.Select(p => p.GetProperty("date").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.DoesNotContain(posts, p => p.GetProperty("source").GetString()!.Contains("_drafts", StringComparison.Ordinal));
        Assert.DoesNotContain(posts, p => p.GetProperty("date").GetDateTimeOffset().Year >= 2030);
        var transformer = posts.Single(p => p.GetProperty("source").GetString() == "source/_posts/transformer.md");
        Assert.Equal(["深度学习", "NLP"], transformer.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("取代RNN——Transformer", output, StringComparison.Ordinal);
        // The body's first image, /images/transformer.png, under the site url; a post without an image has null.
        Assert.Equal("https://blog.example.com/images/transformer.png", transformer.GetProperty("cover").GetString());
        Assert.Contains(posts, p => p.GetProperty("cover").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Posts_All_AddsDraftsAndScheduledWithStatus()
    {
        var (exit, output, _) = await RunAsync("posts", "--json", "--all", "--repo", SampleBlog());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var statuses = document.RootElement.EnumerateArray().Select(p => p.GetProperty("status").GetString()).ToList();
        Assert.Contains("draft", statuses);
        Assert.Contains("scheduled", statuses);
        Assert.Contains("published", statuses);
    }

    [Theory]
    [InlineData("nlp")]
    [InlineData("深度学习")]
    public async Task Posts_CategoryAndLimit_FilterAndCap(string category)
    {
        var (exit, output, _) = await RunAsync("posts", "--json", "--category", category, "--limit", "2", "--repo", SampleBlog());

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var posts = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Contains(p.GetProperty("categories").EnumerateArray(), c => string.Equals(c.GetString(), category, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Posts_Text_ListsTitlesAndLinks()
    {
        var (exit, output, _) = await RunAsync("posts", "--limit", "3", "--repo", SampleBlog());

        Assert.Equal(0, exit);
        Assert.Contains("https://blog.example.com/", output, StringComparison.Ordinal);
        Assert.EndsWith("3 posts" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_NoRepoOption_ReadsConfiguredSampleBlog()
    {
        var (exit, output, _) = await RunAsync("posts", "--json", "--limit", "1");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.StartsWith("source/_posts/", Assert.Single(document.RootElement.EnumerateArray()).GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_MissingFolder_FailsWithOneLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-blog-" + Guid.NewGuid().ToString("N"));
        var (exit, output, error) = await RunAsync("posts", "--repo", missing);

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_UnparsableSiteConfig_FailsWithOneLine()
    {
        var blog = Directory.CreateTempSubdirectory("bot-cli-");
        try
        {
            File.WriteAllText(Path.Combine(blog.FullName, "_config.yml"), "url: [broken\n");
            var (exit, _, error) = await RunAsync("posts", "--repo", blog.FullName);

            Assert.NotEqual(0, exit);
            var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("_config.yml", line, StringComparison.Ordinal);
        }
        finally
        {
            blog.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Posts_SampleBlogWithLinkToParentAndToPasswd_ListsEachPostOnceAndNothingOutside()
    {
        var blog = Directory.CreateTempSubdirectory("bot-cli-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(SampleBlog(), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(blog.FullName, Path.GetRelativePath(SampleBlog(), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var (_, clean, _) = await RunAsync("posts", "--json", "--all", "--repo", blog.FullName);
            Directory.CreateSymbolicLink(Path.Combine(blog.FullName, "source/_posts/loop"), "..");
            File.CreateSymbolicLink(Path.Combine(blog.FullName, "source/_posts/passwd.md"), "/etc/passwd");
            var (exit, output, error) = await RunAsync("posts", "--json", "--all", "--repo", blog.FullName);

            Assert.Equal(0, exit);
            using var document = JsonDocument.Parse(output);
            Assert.Equal(Directory.GetFiles(Path.Combine(SampleBlog(), "source"), "*.md", SearchOption.AllDirectories).Length, document.RootElement.GetArrayLength());
            Assert.Equal(clean, output);
            Assert.DoesNotContain("root:", output, StringComparison.Ordinal);
            var warnings = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, warnings.Length);
            Assert.Contains(warnings, w => w.Contains("source/_posts/loop:", StringComparison.Ordinal) && w.Contains("loop", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.Contains("source/_posts/passwd.md:", StringComparison.Ordinal) && w.Contains("outside the repository", StringComparison.Ordinal));
        }
        finally
        {
            blog.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Posts_ZeroLimit_IsRejected()
    {
        var (exit, _, error) = await RunAsync("posts", "--limit", "0", "--repo", SampleBlog());
        Assert.NotEqual(0, exit);
        Assert.Contains("--limit", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BotCli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error })
            .WaitAsync(TimeSpan.FromSeconds(30));
        return (exit, output.ToString(), error.ToString());
    }

    private static string SampleBlog()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config", "sample-blog");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("config/sample-blog not found above the test output folder.");
    }
}

using Bot.Configuration;
using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Core.Repository;
using Bot.Core.Summaries;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

/// <summary>
/// The shipped sample blog as a console digest, laid out like the seed document (<c>LATEST UPDATES</c>, then per
/// category its name and date, then the entries), with code shown as the <c>[代码]</c> placeholder.
/// </summary>
public sealed class SampleBlogDigestGoldenTests
{
    private const string GoldenFile = "TestData/Digests/sample-blog-digest.txt";

    [Fact]
    public void Format_SampleBlog_MatchesGoldenConsoleDigest()
    {
        var text = Render();

        var golden = Path.Combine(AppContext.BaseDirectory, GoldenFile);
        if (!File.Exists(golden))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden + ".actual", text);
            Assert.Fail($"golden file {GoldenFile} is missing; the actual output was written to {golden}.actual");
        }

        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Format_SampleBlog_ReadsLikeTheSeedDocument()
    {
        var lines = Render().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("LATEST UPDATES", lines[0]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", lines[2]);
        Assert.Contains(lines, l => l.Contains("[代码]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("```", StringComparison.Ordinal));
        Assert.All(lines.Skip(1).Where(l => l.Contains(" — http", StringComparison.Ordinal)), l => Assert.Contains(": ", l, StringComparison.Ordinal));
    }

    private static string Render()
    {
        var root = Path.Combine(BotConfiguration.ApplicationRoot, "config", "sample-blog");
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var scanner = new PostRepositoryScanner(root, new RepositoryOptions(), new SummaryOptions { MaxLength = 300, CodePlaceholder = "[代码]" }, time);
        var index = PostIndex.Build(scanner.Scan(CancellationToken.None).Posts, time.GetUtcNow());
        var posts = index.All.Where(p => p.StatusAt(time.GetUtcNow()) == PostStatus.Published).ToList();
        return DigestTextFormatter.Format(DigestComposer.Compose(posts, ReplyLanguage.English, new DigestOptions { SummaryLength = 200 }));
    }
}

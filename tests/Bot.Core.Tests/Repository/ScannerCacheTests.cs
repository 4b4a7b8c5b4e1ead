using Bot.Core.Repository;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Repository;

public sealed class ScannerCacheTests
{
    [Fact]
    public void Scan_UnchangedRepository_ReparsesNothing()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scanner = Scanner(blog.Path);
        var first = scanner.Scan(CancellationToken.None);
        Assert.Equal(4, scanner.LastParsedCount);

        var second = scanner.Scan(CancellationToken.None);

        Assert.Equal(0, scanner.LastParsedCount);
        Assert.Equal(first.Posts, second.Posts);
    }

    [Fact]
    public void Scan_OneFileChanged_ReparsesOnlyIt()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scanner = Scanner(blog.Path);
        var first = scanner.Scan(CancellationToken.None);
        var path = Path.Combine(blog.Path, "source/_posts/hello.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Hello", "title: Hello again", StringComparison.Ordinal));

        var second = scanner.Scan(CancellationToken.None);

        Assert.Equal(1, scanner.LastParsedCount);
        var before = first.BySource("source/_posts/hello.md");
        var after = second.BySource("source/_posts/hello.md");
        Assert.Equal("Hello again", after.Title);
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public void Scan_FileAddedAndRemoved_IndexFollows()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scanner = Scanner(blog.Path);
        scanner.Scan(CancellationToken.None);
        File.Delete(Path.Combine(blog.Path, "source/_posts/future.md"));
        blog.Write("source/_posts/new.md", "---\ntitle: New\ndate: 2025-04-01\n---\nnew\n");

        var scan = scanner.Scan(CancellationToken.None);

        Assert.Equal(1, scanner.LastParsedCount);
        Assert.DoesNotContain(scan.Posts, p => p.Source == "source/_posts/future.md");
        Assert.Equal("New", scan.BySource("source/_posts/new.md").Title);
    }

    [Fact]
    public void Scan_SiteConfigChanged_ReparsesEverything()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scanner = Scanner(blog.Path);
        scanner.Scan(CancellationToken.None);
        var config = Path.Combine(blog.Path, "_config.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("https://hexo.example.com", "https://moved.example.com", StringComparison.Ordinal));

        var scan = scanner.Scan(CancellationToken.None);

        Assert.Equal(4, scanner.LastParsedCount);
        Assert.StartsWith("https://moved.example.com/", scan.BySource("source/_posts/hello.md").Link, StringComparison.Ordinal);
    }
}

using Bot.Core.Generators;
using Bot.Core.Posts;
using Bot.Core.Repository;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Repository;

/// <summary>Each generator's fixture under TestData/, scanned from a real temp copy.</summary>
public sealed class LayoutScanTests
{
    [Fact]
    public void Scan_HexoBlog_ReadsPostsDraftsCategoriesAndLinks()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scan = Scan(blog.Path);

        Assert.Equal(RepositoryLayout.Hexo, scan.Site.Layout);
        var hello = scan.BySource("source/_posts/hello.md");
        Assert.Equal("source/_posts/hello", hello.Id);
        Assert.Equal(["深度学习", "NLP"], hello.Categories);
        Assert.Equal(["a", "b"], hello.Tags);
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 10, 0, 0, TimeSpan.FromHours(8)), hello.Date);
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.FromHours(8)), hello.Updated);
        Assert.Equal("https://hexo.example.com/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/NLP/hello/", hello.Link);
        Assert.Equal("Intro.", hello.Summary);
        Assert.Equal(PostStatus.Published, hello.StatusAt(Now));

        var nested = scan.BySource("source/_posts/sub/nested.md");
        Assert.Equal("9f3a", nested.Id);
        Assert.Equal("https://hexo.example.com/uncategorized/sub/nested/", nested.Link);
        // Hexo keeps the UTC wall clock of an offset timestamp and places it in the site's zone (see GeneratorDates).
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(8)), nested.Date);

        Assert.Equal(PostStatus.Draft, scan.BySource("source/_drafts/wip.md").StatusAt(Now));
        Assert.Equal(PostStatus.Scheduled, scan.BySource("source/_posts/future.md").StatusAt(Now));
        Assert.Empty(scan.Warnings);
    }

    [Fact]
    public void Scan_JekyllSite_UsesFileNameDatesFolderCategoriesAndStyle()
    {
        using var site = TempFolder.CopyOf("jekyll-site");
        var scan = Scan(site.Path);

        Assert.Equal(RepositoryLayout.Jekyll, scan.Site.Layout);
        var hello = scan.BySource("_posts/2025-03-08-hello-world.md");
        Assert.Equal("_posts/hello-world", hello.Id);
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5)), hello.Date);
        Assert.Equal("https://jekyll.example.com/blog/2025/03/08/hello-world/", hello.Link);
        Assert.Equal(["ruby", "jekyll"], hello.Tags);
        Assert.Equal("First part of the post.", hello.Summary);

        var chinese = scan.BySource("blog/tech/_posts/2025-04-01-深度学习.md");
        Assert.Equal(["blog", "tech", "AI"], chinese.Categories);
        Assert.Equal("https://jekyll.example.com/blog/blog/tech/ai/2025/03/31/%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/", chinese.Link);

        Assert.Equal("No Title Here", scan.BySource("_posts/2025-05-05-no-title-here.md").Title);
        Assert.True(scan.BySource("_posts/2025-06-01-unpublished.md").IsDraft);
        Assert.True(scan.BySource("_drafts/idea.md").IsDraft);
        Assert.Contains(scan.Warnings, w => w.File == "_posts/2025-05-05-no-title-here.md" && w.Reason.Contains("no title", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_HugoSite_ReadsTomlSectionsBundlesAndExpiry()
    {
        using var site = TempFolder.CopyOf("hugo-site");
        var scan = Scan(site.Path);

        Assert.Equal(RepositoryLayout.Hugo, scan.Site.Layout);
        Assert.DoesNotContain(scan.Posts, p => p.Source.EndsWith("_index.md", StringComparison.Ordinal));
        var first = scan.BySource("content/posts/first.md");
        Assert.Equal(new DateTimeOffset(2025, 3, 8, 10, 0, 0, TimeSpan.FromHours(1)), first.Date);
        Assert.Equal("https://hugo.example.org/2025/03/my-first-post/", first.Link);
        Assert.Equal(["Go", "Web"], first.Categories);
        Assert.Equal("Written by hand.", first.Summary);

        var bundle = scan.BySource("content/posts/bundle/index.md");
        Assert.Equal("https://hugo.example.org/2025/03/custom-bundle/", bundle.Link);
        Assert.Equal(PostStatus.Draft, bundle.StatusAt(Now));

        var expiring = scan.BySource("content/notes/expiring.md");
        Assert.Equal("https://hugo.example.org/notes/expiring/", expiring.Link);
        Assert.Equal(PostStatus.Expired, expiring.StatusAt(Now));
    }

    [Fact]
    public void Scan_PlainFolder_UsesHeadingsAndFileNameDates()
    {
        using var notes = TempFolder.CopyOf("plain-notes");
        var scan = Scan(notes.Path, new RepositoryOptions { SiteUrl = "https://notes.example.net/" });

        Assert.Equal(RepositoryLayout.Plain, scan.Site.Layout);
        var first = scan.BySource("2025-02-03-first-note.md");
        Assert.Equal("First Note", first.Title);
        Assert.Equal("first-note", first.Id);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero), first.Date);
        Assert.Equal("https://notes.example.net/2025-02-03-first-note/", first.Link);
        Assert.Equal("First Note Text of the first note.", first.Summary);
        Assert.Equal("https://notes.example.net/2025/second/", scan.BySource("2025/second.markdown").Link);
        Assert.Empty(scan.Warnings);
    }

    [Theory]
    [InlineData("hexo-blog", RepositoryLayout.Hexo)]
    [InlineData("jekyll-site", RepositoryLayout.Jekyll)]
    [InlineData("hugo-site", RepositoryLayout.Hugo)]
    [InlineData("plain-notes", RepositoryLayout.Plain)]
    public void Detect_Fixture_RecognizesGenerator(string fixture, RepositoryLayout expected)
    {
        using var folder = TempFolder.CopyOf(fixture);
        Assert.Equal(expected, SiteGenerators.Detect(folder.Path));
    }

    [Fact]
    public void Scan_LayoutForcedToPlain_ReadsEveryMarkdownFile()
    {
        using var blog = TempFolder.CopyOf("hexo-blog");
        var scan = Scan(blog.Path, new RepositoryOptions { Layout = RepositoryLayout.Plain });
        Assert.Equal(RepositoryLayout.Plain, scan.Site.Layout);
        Assert.Equal(4, scan.Posts.Count);
    }
}

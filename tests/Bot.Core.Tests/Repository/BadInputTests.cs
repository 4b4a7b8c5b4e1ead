using Bot.Core.Repository;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Repository;

/// <summary>Each bad file gives exactly one warning naming it and why; every other post is still indexed.</summary>
public sealed class BadInputTests
{
    private const string GoodPost = "---\ntitle: Good\ndate: 2025-01-01 10:00:00\n---\nFine.\n";

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "malformed.md", "---\ntitle: [oops\ndate: 2025-01-01\n---\nbody"u8.ToArray(), "malformed front matter" },
        { "invalid-utf8.md", [.. "---\ntitle: x\n---\nbad "u8, 0xC3, 0x28, 0xFF], "not valid UTF-8" },
        { "binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file" },
        { "utf16le.md", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: x\n---\nbody")], "UTF-16 little-endian text" },
        { "utf16be.md", [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes("---\ntitle: x\n---\nbody")], "UTF-16 big-endian text" },
        { "utf32le.md", [0xFF, 0xFE, 0x00, 0x00, .. System.Text.Encoding.UTF32.GetBytes("---\ntitle: x\n---\nbody")], "UTF-32 little-endian text" },
        { "empty.md", [], "empty file" },
        { "blank.md", "  \n\n\t "u8.ToArray(), "empty file" },
        { "no-title.md", "---\ndate: 2025-01-02\n---\nNo heading here.\n"u8.ToArray(), "no title" },
        { "no-date.md", "---\ntitle: Undated\n---\nbody\n"u8.ToArray(), "no date" },
        { "bad-date.md", "---\ntitle: Bad date\ndate: someday\n---\nbody\n"u8.ToArray(), "'someday' is not a date" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Scan_BadFile_GivesOneWarningAndKeepsTheRest(string name, byte[] content, string reason)
    {
        using var blog = NewBlog();
        blog.WriteBytes("source/_posts/" + name, content);

        var scan = Scan(blog.Path);

        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/" + name, warning.File);
        Assert.Contains(reason, warning.Reason, StringComparison.Ordinal);
        Assert.Contains(scan.Posts, p => p.Title == "Good");
    }

    [Theory]
    [InlineData("unclosed.md", "---\ntitle: x\nno end", "never closed")]
    [InlineData("bad-toml.md", "+++\ntitle = = 1\n+++\nbody", "invalid TOML")]
    public void Scan_BadFrontMatterInJekyllSite_GivesOneWarningAndKeepsTheRest(string name, string content, string reason)
    {
        using var site = new TempFolder();
        site.Write("_config.yml", "url: https://x.example\n");
        site.Write("_posts/2025-01-01-good.md", GoodPost);
        site.Write("_posts/2025-01-02-" + name, content);

        var scan = Scan(site.Path);

        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("_posts/2025-01-02-" + name, warning.File);
        Assert.Contains(reason, warning.Reason, StringComparison.Ordinal);
        Assert.Contains(scan.Posts, p => p.Title == "Good");
    }

    [Fact]
    public void Scan_HexoUnclosedFrontMatter_IsAPostWithoutFrontMatterAsHexoPublishesIt()
    {
        using var blog = NewBlog();
        blog.Write("source/_posts/unclosed.md", "---\ntitle: x\ndate: 2025-01-03\n\n# Heading\n");

        var post = Scan(blog.Path).BySource("source/_posts/unclosed.md");

        Assert.Equal("Heading", post.Title);
        Assert.Equal(string.Empty, post.GeneratorTitle);
    }

    [Fact]
    public void Scan_NoTitleNoDate_UsesDocumentedFallbacksInOneWarning()
    {
        using var blog = NewBlog();
        var path = blog.Write("source/_posts/untitled-note.md", "---\ntags: [x]\n---\nJust text.\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 5, 6, 7, 8, 9, DateTimeKind.Utc));

        var scan = Scan(blog.Path);

        var post = scan.BySource("source/_posts/untitled-note.md");
        Assert.Equal("untitled-note", post.Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 6, 15, 8, 9, TimeSpan.FromHours(8)), post.Date);
        var warning = Assert.Single(scan.Warnings);
        Assert.Contains("no title", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("no date", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_HugeFile_IsSkippedWithoutReadingIt()
    {
        using var blog = NewBlog();
        var path = Path.Combine(blog.Path, "source/_posts/huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var scan = Scan(blog.Path);

        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/huge.md", warning.File);
        Assert.Contains("50 MB", warning.Reason, StringComparison.Ordinal);
        Assert.Single(scan.Posts);
    }

    [Fact]
    public void Scan_SymlinkLoop_IsWarnedOnceAndWalkEnds()
    {
        using var blog = NewBlog();
        Directory.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/loop"), Path.Combine(blog.Path, "source/_posts"));

        var scan = Scan(blog.Path);

        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/loop", warning.File);
        Assert.Contains("symbolic link loop", warning.Reason, StringComparison.Ordinal);
        Assert.Single(scan.Posts);
    }

    [Fact]
    public void Scan_UnreadableFile_IsWarnedAndRetriedNextScan()
    {
        using var blog = NewBlog();
        var link = Path.Combine(blog.Path, "source/_posts/dangling.md");
        File.CreateSymbolicLink(link, Path.Combine(blog.Path, "missing-target.md"));
        var scanner = Scanner(blog.Path);

        var first = scanner.Scan(CancellationToken.None);
        var warning = Assert.Single(first.Warnings);
        Assert.Equal("source/_posts/dangling.md", warning.File);
        Assert.Contains("cannot be read", warning.Reason, StringComparison.Ordinal);

        blog.Write("missing-target.md", "---\ntitle: Now readable\ndate: 2025-02-02\n---\nok\n");
        var second = scanner.Scan(CancellationToken.None);
        Assert.Empty(second.Warnings);
        Assert.Equal("Now readable", second.BySource("source/_posts/dangling.md").Title);
    }

    [Fact]
    public void Scan_SymlinkedPostFile_IsReadThroughTheLink()
    {
        using var blog = NewBlog();
        var target = blog.Write("elsewhere/long.md", "---\ntitle: Linked\ndate: 2025-02-02\n---\n" + new string('x', 5000) + "\n");
        File.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/linked.md"), target);

        var scan = Scan(blog.Path);

        Assert.Empty(scan.Warnings);
        Assert.Equal("Linked", scan.BySource("source/_posts/linked.md").Title);
    }

    [Fact]
    public void Scan_DuplicateFrontMatterId_KeepsBothPostsWithoutWarning()
    {
        using var blog = NewBlog();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:id/\n");
        blog.Write("source/_posts/a.md", "---\ntitle: A\nid: 1\ndate: 2025-01-01\n---\na\n");
        blog.Write("source/_posts/b.md", "---\ntitle: B\nid: 1\ndate: 2025-01-02\n---\nb\n");
        blog.Write("source/_posts/c.md", "---\ntitle: C\nid: 1\ndate: 2025-01-02\n---\nc\n");

        var scan = Scan(blog.Path);

        Assert.Empty(scan.Warnings);
        Assert.Equal(["A", "B", "C"], scan.Posts.Where(p => p.LegacyId == "1").Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.Equal("source/_posts/b.md", scan.BySource("source/_posts/b.md").Id);
        Assert.Equal(scan.BySource("source/_posts/b.md").Link, scan.BySource("source/_posts/c.md").Link);
    }

    private static TempFolder NewBlog()
    {
        var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\n");
        blog.Write("source/_posts/good.md", GoodPost);
        return blog;
    }
}

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
        // Hexo reads a front matter that is never closed, and TOML, as body: the post stands, without title and date.
        { "unclosed.md", "---\ntitle: x\nno end"u8.ToArray(), "no title" },
        { "bad-toml.md", "+++\ntitle = = 1\n+++\nbody"u8.ToArray(), "no title" },
        { "invalid-utf8.md", [.. "---\ntitle: x\n---\nbad "u8, 0xC3, 0x28, 0xFF], "not valid UTF-8" },
        { "binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file" },
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
    public void Scan_DuplicateFrontMatterId_KeepsFirstAndWarns()
    {
        using var blog = NewBlog();
        blog.Write("source/_posts/a.md", "---\ntitle: A\nid: same\ndate: 2025-01-01\n---\na\n");
        blog.Write("source/_posts/b.md", "---\ntitle: B\nid: same\ndate: 2025-01-02\n---\nb\n");

        var scan = Scan(blog.Path);

        Assert.Equal("A", Assert.Single(scan.Posts, p => p.Id == "same").Title);
        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/b.md", warning.File);
    }

    private static TempFolder NewBlog()
    {
        var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\n");
        blog.Write("source/_posts/good.md", GoodPost);
        return blog;
    }
}

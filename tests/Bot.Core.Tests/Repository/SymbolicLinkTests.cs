using Bot.Core.Repository;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Repository;

/// <summary>
/// Symbolic links are judged by their real path: nothing outside the repository is published unless
/// <c>Repository:FollowLinksOutside</c> allows a folder, and a link to a parent folder does not multiply the archive.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private const string Secret = "---\ntitle: Secret\ndate: 2025-03-03\n---\nroot:x:0:0:root:/root:/bin/bash\n";
    private readonly TempFolder blog = new();
    private readonly TempFolder outside = new();

    public SymbolicLinkTests()
    {
        blog.Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\n");
        blog.Write("source/_posts/good.md", "---\ntitle: Good\ndate: 2025-01-01 10:00:00\n---\nFine.\n");
        blog.Write("source/_posts/sub/nested.md", "---\ntitle: Nested\ndate: 2025-01-02 10:00:00\n---\nAlso fine.\n");
        outside.Write("secret.md", Secret);
        outside.Write("shared/shared.md", "---\ntitle: Shared\ndate: 2025-02-02\n---\nShared post.\n");
    }

    public void Dispose()
    {
        blog.Dispose();
        outside.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scan_LinkToFileOutsideRepository_IsSkippedWithOneWarningWhateverFollowLinksOutside(bool followLinksOutside)
    {
        File.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/passwd.md"), Path.Combine(outside.Path, "secret.md"));

        var scan = Scan(blog.Path, new RepositoryOptions { FollowLinksOutside = followLinksOutside });

        Assert.DoesNotContain(scan.Posts, p => p.Title == "Secret");
        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/passwd.md", warning.File);
        Assert.Contains("outside the repository", warning.Reason, StringComparison.Ordinal);
        Assert.Equal(["Good", "Nested"], scan.Posts.Select(p => p.Title).Order());
    }

    [Fact]
    public void Scan_LinkToFileThroughALinkedFolderInside_IsJudgedByItsRealPath()
    {
        // in/ is a link inside the repository to a folder outside; a file link through it is still a file outside.
        Directory.CreateSymbolicLink(Path.Combine(blog.Path, "elsewhere"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/passwd.md"), "../../elsewhere/secret.md");

        var scan = Scan(blog.Path, new RepositoryOptions { FollowLinksOutside = true });

        Assert.DoesNotContain(scan.Posts, p => p.Title == "Secret");
        Assert.Contains("outside the repository", Assert.Single(scan.Warnings).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_LinkToFolderOutsideRepository_IsSkippedWithOneWarning()
    {
        Directory.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/shared"), Path.Combine(outside.Path, "shared"));

        var scan = Scan(blog.Path);

        Assert.DoesNotContain(scan.Posts, p => p.Title == "Shared");
        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/shared", warning.File);
        Assert.Contains("outside the repository", warning.Reason, StringComparison.Ordinal);
        Assert.Contains("Repository:FollowLinksOutside", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_LinkToFolderOutsideWithFollowLinksOutside_IsRead()
    {
        Directory.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/shared"), Path.Combine(outside.Path, "shared"));

        var scan = Scan(blog.Path, new RepositoryOptions { FollowLinksOutside = true });

        Assert.Empty(scan.Warnings);
        Assert.Equal("Shared", scan.BySource("source/_posts/shared/shared.md").Title);
    }

    [Fact]
    public void Scan_PostsFolderItselfALinkOutside_IsSkippedWithOneWarning()
    {
        var posts = Path.Combine(blog.Path, "source/_posts");
        Directory.Delete(posts, recursive: true);
        Directory.CreateSymbolicLink(posts, Path.Combine(outside.Path, "shared"));

        var scan = Scan(blog.Path);

        Assert.Empty(scan.Posts);
        Assert.Equal("source/_posts", Assert.Single(scan.Warnings).File);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../..")]
    [InlineData("sub/..")]
    public void Scan_LinkToParentFolder_IsALoopAndEveryPostIsReadOnce(string target)
    {
        Directory.CreateSymbolicLink(Path.Combine(blog.Path, "source/_posts/loop"), target);

        var scan = Scan(blog.Path);

        Assert.Equal(["Good", "Nested"], scan.Posts.Select(p => p.Title).Order());
        var warning = Assert.Single(scan.Warnings);
        Assert.Equal("source/_posts/loop", warning.File);
        Assert.Contains("symbolic link loop", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_RepositoryPathThroughALink_ReadsItsPosts()
    {
        using var links = new TempFolder();
        var linkedRoot = Path.Combine(links.Path, "blog");
        Directory.CreateSymbolicLink(linkedRoot, blog.Path);

        var scan = Scan(linkedRoot);

        Assert.Empty(scan.Warnings);
        Assert.Equal(["Good", "Nested"], scan.Posts.Select(p => p.Title).Order());
    }
}

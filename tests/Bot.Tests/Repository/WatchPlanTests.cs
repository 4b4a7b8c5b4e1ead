using Bot.Repository;
using Bot.Tests.Support;

namespace Bot.Tests.Repository;

public sealed class WatchPlanTests : IDisposable
{
    private readonly TempFolder repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void For_ExistingPostFolders_WatchesThemRecursivelyAndTheRootOnItsOwn()
    {
        Directory.CreateDirectory(repository.Combine("source", "_posts"));
        Directory.CreateDirectory(repository.Combine("source", "_drafts"));

        var plan = WatchPlan.For(repository.Path, [repository.Combine("source", "_posts"), repository.Combine("source", "_drafts")]);

        Assert.Equal(
            new HashSet<(string, bool)> { (repository.Combine("source", "_posts"), true), (repository.Combine("source", "_drafts"), true), (repository.Path, false) },
            plan);
    }

    [Fact]
    public void For_MissingPostFolder_WatchesItsNearestExistingParent()
    {
        Directory.CreateDirectory(repository.Combine("content"));

        var plan = WatchPlan.For(repository.Path, [repository.Combine("content", "posts", "2026")]);

        Assert.Equal(new HashSet<(string, bool)> { (repository.Combine("content"), false), (repository.Path, false) }, plan);
    }

    [Fact]
    public void For_PostFolderIsTheRoot_WatchesTheRootOnceRecursively()
    {
        var plan = WatchPlan.For(repository.Path, [repository.Path]);

        Assert.Equal(new HashSet<(string, bool)> { (repository.Path, true) }, plan);
    }

    [Fact]
    public void For_MissingRoot_WatchesWhereItWillAppear()
    {
        var plan = WatchPlan.For(repository.Combine("blog"), [repository.Combine("blog", "_posts")]);

        Assert.Equal(new HashSet<(string, bool)> { (repository.Path, false) }, plan);
    }

    [Theory]
    [InlineData("/blog/.git/objects/ab/cdef", true)]
    [InlineData("/blog/.git", true)]
    [InlineData("/blog/source/_posts/.gitkeep", false)]
    [InlineData("/blog/source/_posts/git-tips.md", false)]
    public void IsInsideGitFolder_Path_IgnoresGitBookkeepingOnly(string path, bool expected)
    {
        Assert.Equal(expected, WatchPlan.IsInsideGitFolder(path.Replace('/', Path.DirectorySeparatorChar)));
    }
}

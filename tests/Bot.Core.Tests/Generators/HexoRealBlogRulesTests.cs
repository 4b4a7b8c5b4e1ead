using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Generators;

/// <summary>Rules found by running Hexo on real blogs (research notes: FINDINGS.md of the Hexo fidelity check).</summary>
public sealed class HexoRealBlogRulesTests
{
    [Fact]
    public void Scan_ConfigIndentedWithTabs_IsReadAsHexoReadsIt()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://tabs.example\ntimezone: Asia/Shanghai\npermalink: :lang/:title/\npermalink_defaults:\n\tlang: zh\nlive2d:\n\tmodel:\n\t\tuse: miku\n");
        blog.Write("source/_posts/a.md", "---\ntitle: A\ndate: 2024-01-02 03:04:05\n---\nbody\n");

        var scan = Scan(blog.Path);

        Assert.Empty(scan.Warnings);
        Assert.Equal("https://tabs.example/zh/a/", scan.BySource("source/_posts/a.md").Link);
    }

    [Fact]
    public void Scan_FrontMatterWithoutOpeningLine_GivesTitleDateAndCategories()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: Asia/Shanghai\npermalink: :category/:year/:month/:day/:title/\n");
        blog.Write("source/_posts/年终总结.md", "title: 2015年终总结\ncategories:\n  - 碎碎念\ndate: 2016-02-04 00:00:00\n---\n正文\n");

        var post = Scan(blog.Path).BySource("source/_posts/年终总结.md");

        Assert.Equal("2015年终总结", post.Title);
        Assert.Equal(new DateTimeOffset(2016, 2, 4, 0, 0, 0, TimeSpan.FromHours(8)), post.Date);
        Assert.Equal(["碎碎念"], post.Categories);
        Assert.Equal("https://x.example/%E7%A2%8E%E7%A2%8E%E5%BF%B5/2016/02/04/%E5%B9%B4%E7%BB%88%E6%80%BB%E7%BB%93/", post.Link);
    }

    [Fact]
    public void Scan_QuotedTitleWithTrailingSpace_KeepsItAsWritten()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: UTC\n");
        blog.Write("source/_posts/Database/Mysql-Backup.md", "---\ntitle: 'Mysql-Backup '\ndate: 2017-10-16 05:55:54\n---\nbody\n");

        Assert.Equal("Mysql-Backup ", Scan(blog.Path).BySource("source/_posts/Database/Mysql-Backup.md").Title);
    }

    [Fact]
    public void Scan_DayOutOfRange_RollsOverIntoTheLink()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: UTC\n");
        blog.Write("source/_posts/LeetCode/0032.md", "---\ntitle: 0032\ndate: 2018-02-31 23:50:48\n---\nbody\n");

        var scan = Scan(blog.Path);

        Assert.Empty(scan.Warnings);
        Assert.Equal("https://x.example/2018/03/03/LeetCode/0032/", scan.BySource("source/_posts/LeetCode/0032.md").Link);
    }

    [Fact]
    public void Scan_TagsOfSeveralPosts_ListInTheOrderHexoCreatedThem()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://x.example\ntimezone: UTC\n");
        blog.Write("source/_posts/b-second.md", "---\ntitle: B\ndate: 2020-01-01\ntags: [Docker, Container, CLI]\n---\nb\n");
        blog.Write("source/_posts/a-first.md", "---\ntitle: A\ndate: 2021-01-01\ntags: [Container, Linux]\n---\na\n");
        blog.Write("source/_posts/c-draft.md", "---\ntitle: C\ndate: 2019-01-01\npublished: false\ntags: [CLI, Docker]\n---\nc\n");

        var scan = Scan(blog.Path);

        Assert.Equal(["Container", "Linux"], scan.BySource("source/_posts/a-first.md").Tags);
        Assert.Equal(["Container", "Docker", "CLI"], scan.BySource("source/_posts/b-second.md").Tags);
        Assert.Equal(["CLI", "Docker"], scan.BySource("source/_posts/c-draft.md").Tags);
    }
}

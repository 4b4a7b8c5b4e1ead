using Bot.Core.Generators;
using Bot.Core.Repository;
using static Bot.Core.Tests.Repository.ScannerFixture;

namespace Bot.Core.Tests.Repository;

/// <summary>
/// Rules found by running Jekyll 4.3.1 and Hugo 0.111.3 on real blogs (the links are in the generator fixtures
/// <c>jekyll-*</c> and <c>hugo-*</c>; these tests pin the fields the link goldens cannot show).
/// </summary>
public sealed class RealBlogRuleTests
{
    [Fact]
    public void Parse_OpeningFenceWithTrailingSpaces_IsFrontMatter()
    {
        var result = FrontMatterParser.Parse("---  \t\ntitle: Fence\n---\nBody\n");

        Assert.Equal(FrontMatterKind.Yaml, result.Kind);
        Assert.Equal("Fence", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal("Body\n", result.Body);
    }

    [Fact]
    public void Parse_OpeningFenceFollowedByText_IsNotFrontMatter() =>
        Assert.Equal(FrontMatterKind.None, FrontMatterParser.Parse("--- not a fence\ntitle: x\n---\n").Kind);

    [Fact]
    public void ReadFrontMatter_HugoLineStartingWithDelimiter_EndsTheFrontMatter()
    {
        var result = SiteGenerators.For(RepositoryLayout.Hugo).ReadFrontMatter("---\ntitle: Docs\ntoc: true\n---tail text\n---\nBody\n");

        Assert.Equal("Docs", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal("true", FrontMatterValues.GetString(result.Fields, "toc"));
        Assert.Equal("tail text\n---\nBody\n", result.Body);
    }

    [Fact]
    public void ReadFrontMatter_JekyllLineStartingWithDelimiter_DoesNotEndIt() =>
        Assert.Throws<FrontMatterException>(() => SiteGenerators.For(RepositoryLayout.Jekyll).ReadFrontMatter("---\ntitle: Docs\n---tail text\n"));

    [Fact]
    public void Parse_RepeatedKey_KeepsTheLastValue()
    {
        var result = FrontMatterParser.Parse("---\ndate: '2017-09-30 09:42 +0100'\ndate: \"2017-09-30 09:42\"\n---\n");

        Assert.Equal("2017-09-30 09:42", FrontMatterValues.GetString(result.Fields, "date"));
    }

    [Fact]
    public void Scan_JekyllQuotedTitleWithTrailingSpace_KeepsItAsJekyllDoes()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "url: https://t.example.com\n");
        blog.Write("_posts/2024-01-02-spaced.md", "---\ntitle: \"set -e 与 pipefail \"\n---\nBody\n");

        Assert.Equal("set -e 与 pipefail ", Scan(blog.Path).BySource("_posts/2024-01-02-spaced.md").Title);
    }

    [Fact]
    public void Scan_JekyllUnknownTimeZone_ReadsDatesAsUtc()
    {
        using var blog = TempFolder.CopyOf(Path.Combine("Generators", "jekyll-zone-unknown"));
        var scan = Scan(blog.Path);

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 23, 30, 0, TimeSpan.Zero), scan.BySource("_posts/2024-03-01-late-night.md").Date);
    }

    [Fact]
    public void Scan_JekyllFrontMatterDefaults_GiveCategoriesAndTagsByScope()
    {
        using var blog = TempFolder.CopyOf(Path.Combine("Generators", "jekyll-defaults"));
        var scan = Scan(blog.Path);

        Assert.Equal(["Guide"], scan.BySource("_posts/guides/2024-05-03-first-guide.md").Categories);
        Assert.Equal(["from-default"], scan.BySource("news/_posts/2024-05-04-news-item.md").Tags);
        Assert.Empty(scan.BySource("_posts/2024-05-01-plain-post.md").Tags);
    }

    [Fact]
    public void Scan_JekyllShortDateFileName_TakesItsDateAndSkipsUndatedFiles()
    {
        using var blog = TempFolder.CopyOf(Path.Combine("Generators", "jekyll-file-names"));
        var scan = Scan(blog.Path);

        Assert.Equal(new DateTimeOffset(2017, 4, 2, 0, 0, 0, TimeSpan.Zero), scan.BySource("_posts/2017-4-2-short-date.md").Date);
        Assert.DoesNotContain(scan.Posts, p => p.Source == "_posts/no-date-prefix.md");
    }
}

using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

/// <summary>The scanner re-parses every file when the settings differ; these pin that the comparison is by value.</summary>
public sealed class SiteSettingsEqualityTests
{
    [Theory]
    [InlineData("hexo-blog")]
    [InlineData("hugo-site")]
    [InlineData("jekyll-site")]
    [InlineData("plain-notes")]
    public void Read_SameSiteTwice_SettingsAreEqual(string fixture)
    {
        using var site = TempFolder.CopyOf(fixture);

        Assert.Equal(SiteConfigReader.Read(site.Path, new RepositoryOptions()), SiteConfigReader.Read(site.Path, new RepositoryOptions()));
    }

    [Theory]
    [InlineData("category_map:\n  深度学习: dl\n")]
    [InlineData("permalink_defaults:\n  lang: en\n")]
    [InlineData("default_category: misc\n")]
    [InlineData("new_post_name: :year-:month-:day-:title.md\n")]
    public void Read_HexoOnlySettingChanged_SettingsDiffer(string addedYaml)
    {
        using var site = TempFolder.CopyOf("hexo-blog");
        var before = SiteConfigReader.Read(site.Path, new RepositoryOptions());
        File.AppendAllText(Path.Combine(site.Path, "_config.yml"), "\n" + addedYaml);

        Assert.NotEqual(before, SiteConfigReader.Read(site.Path, new RepositoryOptions()));
    }

    [Fact]
    public void Read_HugoSectionAdded_SettingsDiffer()
    {
        using var site = TempFolder.CopyOf("hugo-site");
        var before = SiteConfigReader.Read(site.Path, new RepositoryOptions());
        site.Write("content/posts/deep/_index.md", "---\ntitle: Deep\n---\n");

        Assert.NotEqual(before, SiteConfigReader.Read(site.Path, new RepositoryOptions()));
    }
}

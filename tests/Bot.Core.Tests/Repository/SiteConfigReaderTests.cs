using Bot.Core.Generators.Hugo;
using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

public sealed class SiteConfigReaderTests
{
    [Fact]
    public void Read_MissingRoot_ThrowsNamingPath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-blog-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<RepositoryUnavailableException>(() => SiteConfigReader.Read(missing, new RepositoryOptions()));
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_config.yml", "url: [broken\n", "source/_posts/a.md")]
    [InlineData("hugo.toml", "baseURL = = 'x'\n", "content/a.md")]
    public void Read_UnparsableSiteConfig_ThrowsNamingFile(string configName, string content, string post)
    {
        using var blog = new TempFolder();
        blog.Write(configName, content);
        blog.Write(post, "# a\n");
        var ex = Assert.Throws<RepositoryUnavailableException>(() => SiteConfigReader.Read(blog.Path, new RepositoryOptions()));
        Assert.Contains(Path.Combine(blog.Path, configName), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownSiteTimeZone_ThrowsNamingKey()
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", "timezone: Mars/Olympus\n");
        blog.Write("source/_posts/a.md", "# a\n");
        var ex = Assert.Throws<RepositoryUnavailableException>(() => SiteConfigReader.Read(blog.Path, new RepositoryOptions()));
        Assert.Contains("timezone 'Mars/Olympus'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownRepositoryTimeZone_ThrowsNamingSetting()
    {
        using var blog = new TempFolder();
        var ex = Assert.Throws<RepositoryUnavailableException>(() => SiteConfigReader.Read(blog.Path, new RepositoryOptions { TimeZone = "Nowhere/Else" }));
        Assert.Contains("Repository:TimeZone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Overrides_ReplaceSiteUrlPermalinkAndSectionPatterns()
    {
        using var site = TempFolder.CopyOf("hugo-site");
        var settings = SiteConfigReader.Read(site.Path, new RepositoryOptions { SiteUrl = "https://cdn.example/", Permalink = "/p/:slug/" });
        Assert.Equal("https://cdn.example", settings.SiteUrl);
        Assert.Equal("/p/:slug/", settings.Permalink);
        Assert.Empty(HugoSettings.Of(settings).SectionPermalinks);
    }

    [Theory]
    [InlineData("url: https://example.com\nroot: /blog/\n", "https://example.com/blog")]
    [InlineData("url: https://example.com/blog/\nroot: /blog/\n", "https://example.com/blog")]
    [InlineData("title: none\n", "http://example.com")]
    public void Read_HexoUrlAndRoot_GiveSiteUrl(string config, string expected)
    {
        using var blog = new TempFolder();
        blog.Write("_config.yml", config);
        blog.Write("source/_posts/a.md", "# a\n");
        Assert.Equal(expected, SiteConfigReader.Read(blog.Path, new RepositoryOptions()).SiteUrl);
    }

    [Fact]
    public void Read_NoZoneAnywhere_IsUtc()
    {
        using var blog = new TempFolder();
        Assert.Equal(TimeZoneInfo.Utc, SiteConfigReader.Read(blog.Path, new RepositoryOptions()).TimeZone);
    }

    [Fact]
    public void Read_RepositoryTimeZone_AppliesWhenSiteNamesNone()
    {
        using var blog = new TempFolder();
        blog.Write("a.md", "# a\n");
        Assert.Equal("Asia/Tokyo", SiteConfigReader.Read(blog.Path, new RepositoryOptions { TimeZone = "Asia/Tokyo" }).TimeZone.Id);
    }
}

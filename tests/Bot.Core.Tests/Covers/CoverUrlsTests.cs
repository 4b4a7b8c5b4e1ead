using Bot.Core.Covers;

namespace Bot.Core.Tests.Covers;

public sealed class CoverUrlsTests
{
    [Theory]
    [InlineData("https://cdn.example/a.png", "https://cdn.example/a.png")]
    [InlineData("http://cdn.example/a b.png", "http://cdn.example/a%20b.png")]
    [InlineData("//cdn.example/a.png", "https://cdn.example/a.png")]
    [InlineData("HTTPS://CDN.example/A.png", "https://cdn.example/A.png")]
    public void TryAbsolute_WebUrl_IsKeptOrMadeHttps(string reference, string expected)
    {
        Assert.True(CoverUrls.TryAbsolute(reference, out var url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example/a.png")]
    [InlineData("file:///etc/passwd")]
    public void TryAbsolute_OtherScheme_IsAbsoluteButUnusable(string reference)
    {
        Assert.True(CoverUrls.TryAbsolute(reference, out var url));
        Assert.Null(url);
    }

    [Theory]
    [InlineData("img/a.png")]
    [InlineData("/img/a.png")]
    [InlineData("a:b/c.png")]
    public void TryAbsolute_Path_IsNotAbsolute(string reference)
    {
        // "a:b/c.png" has a colon before the first slash, so it is a URL of scheme "a": refused, not a path.
        Assert.Equal(reference == "a:b/c.png", CoverUrls.TryAbsolute(reference, out _));
    }

    [Fact]
    public void TryAbsolute_LongerThanDiscordAllows_IsRefused()
    {
        Assert.True(CoverUrls.TryAbsolute("https://cdn.example/" + new string('a', 2100) + ".png", out var url));
        Assert.Null(url);
    }

    [Theory]
    [InlineData("https://x.example/blog", "/img/a.png", "https://x.example/blog/img/a.png")]
    [InlineData("https://x.example/blog/", "img/a.png", "https://x.example/blog/img/a.png")]
    [InlineData("https://x.example", "图片/封面.png", "https://x.example/%E5%9B%BE%E7%89%87/%E5%B0%81%E9%9D%A2.png")]
    public void Join_FolderAndPath_HaveOneSlashBetween(string folder, string path, string expected) =>
        Assert.Equal(expected, CoverUrls.Join(folder, path));

    [Theory]
    [InlineData("https://x.example/2026/01/20/beam/", "https://x.example/2026/01/20/beam/")]
    [InlineData("https://x.example/2026/01/20/beam.html", "https://x.example/2026/01/20/beam/")]
    [InlineData("https://x.example/p/beam", "https://x.example/p/beam/")]
    public void PageFolder_Link_IsTheFolderOfThePostsFiles(string link, string expected) =>
        Assert.Equal(expected, CoverUrls.PageFolder(link));
}

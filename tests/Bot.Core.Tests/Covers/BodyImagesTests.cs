using Bot.Core.Covers;

namespace Bot.Core.Tests.Covers;

public sealed class BodyImagesTests
{
    [Fact]
    public void First_MarkdownImage_IsItsSource() =>
        Assert.Equal("img/a.png", BodyImages.First("Intro text.\n\n![a chart](img/a.png \"Chart\")\n\n![second](b.png)\n"));

    [Fact]
    public void First_ReferenceImage_IsTheDefinitionsUrl() =>
        Assert.Equal("https://cdn.example/r.png", BodyImages.First("Text ![chart][fig1] more.\n\n[fig1]: https://cdn.example/r.png\n"));

    [Fact]
    public void First_HtmlImgBeforeMarkdownImage_WinsByReadingOrder() =>
        Assert.Equal("/uploads/x&y.png", BodyImages.First("<p align=\"center\"><img width=300 src='/uploads/x&amp;y.png'></p>\n\n![later](later.png)\n"));

    [Fact]
    public void First_InlineHtmlImgWithoutQuotes_IsRead() =>
        Assert.Equal("pic.jpg", BodyImages.First("see <img alt=x src=pic.jpg> here"));

    [Fact]
    public void First_ImagesOnlyInsideCode_GiveNone() =>
        Assert.Null(BodyImages.First("```md\n![not an image](a.png)\n```\n\n`<img src=\"b.png\">` is how.\n"));

    [Fact]
    public void First_NoImage_GivesNone() =>
        Assert.Null(BodyImages.First("Just [a link](https://x.example) and text."));
}

using Bot.Core.Repository;
using Bot.Core.Summaries;
using Bot.Core.Text;

namespace Bot.Core.Tests.Summaries;

public sealed class PostSummarizerTests
{
    private static PostSummarizer Summarizer(int maxLength = 200, string code = "[code]") =>
        new(new SummaryOptions { MaxLength = maxLength, CodePlaceholder = code });

    private static string Summarize(string markdown, string frontMatterYaml = "", string? separator = null, int maxLength = 200, string code = "[code]")
    {
        var summarizer = Summarizer(maxLength, code);
        return summarizer.Summarize(markdown, FrontMatterParser.ParseYaml(frontMatterYaml), separator);
    }

    [Theory]
    [InlineData("description: From description", "From description")]
    [InlineData("excerpt: From *excerpt*", "From excerpt")]
    [InlineData("summary: From summary", "From summary")]
    [InlineData("description: ''\nsummary: Second key", "Second key")]
    public void Summarize_FrontMatterSummary_Wins(string yaml, string expected) =>
        Assert.Equal(expected, Summarize("Body text.\n\n<!-- more -->\n\nRest", yaml));

    [Theory]
    [InlineData("Intro here.\n\n<!-- more -->\n\nHidden rest.")]
    [InlineData("Intro here.\n\n<!--more-->\n\nHidden rest.")]
    [InlineData("Intro here. <!-- more --> Hidden rest.")]
    public void Summarize_MoreSeparator_KeepsTextBeforeIt(string markdown) =>
        Assert.Equal("Intro here.", Summarize(markdown));

    [Fact]
    public void Summarize_JekyllExcerptSeparator_KeepsTextBeforeIt() =>
        Assert.Equal("First part.", Summarize("First part.\n<!--excerpt-->\nSecond part.", separator: "<!--excerpt-->"));

    [Fact]
    public void Summarize_CodeBlocks_BecomePlaceholder() =>
        Assert.Equal("环境准备 [代码] 代码 [代码]", Summarize("## 环境准备\n\n```bash\ndocker pull x\n```\n\n代码\n\n    indented code\n", code: "[代码]"));

    [Fact]
    public void Summarize_ImagesLinksHtml_BecomeTheirText() =>
        Assert.Equal("See Transformer 结构图 and the paper now.",
            Summarize("See ![Transformer 结构图](/a.png) and <b>the</b> [paper](https://arxiv.org) <span>now</span>.\n\n<div>\ndropped block\n</div>"));

    [Fact]
    public void Summarize_HeadingsAndListItems_StayAsText() =>
        Assert.Equal("Title 1. first 2. second item a item b", Summarize("# Title\n\n1. first\n2. second\n\n- item a\n- item b\n"));

    [Fact]
    public void Summarize_Whitespace_Collapses() =>
        Assert.Equal("a b c d", Summarize("a   b\n\n\n c\t\td  "));

    [Fact]
    public void Summarize_InlineCodeAndEntities_KeepText() =>
        Assert.Equal("use @tf_export & more", Summarize("use `@tf_export` &amp; more"));

    [Fact]
    public void Summarize_LongText_IsCutAtWordWithEllipsis()
    {
        var summary = Summarize(string.Join(' ', Enumerable.Repeat("word", 30)), maxLength: 24);
        Assert.Equal("word word word word…", summary);
    }

    [Fact]
    public void Summarize_LongChinese_IsCutBetweenCharacters()
    {
        var summary = Summarize(new string('字', 300), maxLength: 20);
        Assert.Equal(new string('字', 19) + TextShortener.Ellipsis, summary);
    }

    [Fact]
    public void Summarize_EmojiAtLimit_IsNotSplit()
    {
        var summary = Summarize(new string('a', 18) + "👨‍👩‍👧‍👦👨‍👩‍👧‍👦 tail", maxLength: 20);
        Assert.Equal(new string('a', 18) + "👨‍👩‍👧‍👦" + TextShortener.Ellipsis, summary);
    }

    [Fact]
    public void Summarize_MoreMarkerInsideCodeBlock_IsNotAnExcerptMarker() =>
        Assert.Equal("Before [code] After.", Summarize("Before\n\n```html\n<!-- more -->\n```\n\nAfter."));

    [Fact]
    public void Summarize_LongBodyWithoutMarker_MatchesSummaryOfWholeText()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("深度学习 gradient", 40));
        var longBody = string.Join("\n\n", Enumerable.Repeat(paragraph, 200));
        var summary = Summarize(longBody);
        Assert.Equal(TextShortener.Shorten(string.Join(' ', Enumerable.Repeat(paragraph, 3)), 200), summary);
    }

    [Fact]
    public void Summarize_LongCodeThenShortText_ReadsPastThePrefix()
    {
        var code = "```\n" + string.Concat(Enumerable.Repeat("x = 1\n\n", 5000)) + "```\n\nAfter the code.";
        Assert.Equal("[code] After the code.", Summarize(code));
    }

    [Fact]
    public void Summarize_EmptyBody_IsEmpty() => Assert.Equal(string.Empty, Summarize(string.Empty));

    [Theory]
    [InlineData("# 标题 *one*\n\ntext", "标题 one")]
    [InlineData("## Level two only\n\ntext", null)]
    [InlineData("text only", null)]
    public void FirstHeading_Document_IsLevelOneHeadingText(string markdown, string? expected) =>
        Assert.Equal(expected, Summarizer().FirstHeading(markdown));
}

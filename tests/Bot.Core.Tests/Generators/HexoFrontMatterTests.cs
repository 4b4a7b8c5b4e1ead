using Bot.Core.Generators.Hexo;
using Bot.Core.Repository;

namespace Bot.Core.Tests.Generators;

/// <summary>Splitting as hexo-front-matter 4.2 splits (each case checked with its <c>parse</c> under Node).</summary>
public sealed class HexoFrontMatterTests
{
    [Fact]
    public void Parse_NoOpeningLine_ReadsTheBlockAboveTheFirstRule()
    {
        var result = HexoFrontMatter.Parse("title: 2015年终总结\ncategories:\n  - 碎碎念\ndate: 2016-02-04 00:00:00\n---\nBody\n---\nmore");

        Assert.Equal(FrontMatterKind.Yaml, result.Kind);
        Assert.Equal("2015年终总结", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal("2016-02-04 00:00:00", FrontMatterValues.GetString(result.Fields, "date"));
        Assert.Equal("Body\n---\nmore", result.Body);
    }

    [Theory]
    [InlineData("Hello world\n\n---\nmore")]
    [InlineData("Setext heading\n---\ntext")]
    [InlineData("a: b: c\n---\nnot YAML above the rule")]
    public void Parse_MarkdownAboveARule_IsAllBody(string text)
    {
        var result = HexoFrontMatter.Parse(text);

        Assert.Equal(FrontMatterKind.None, result.Kind);
        Assert.Equal(text, result.Body);
    }

    [Fact]
    public void Parse_OneLeadingBlankLine_IsStillFrontMatter()
    {
        var result = HexoFrontMatter.Parse("\n---\ntitle: \"AWS Basics\"\n---\n# AWS Technical Essentials\n");

        Assert.Equal("AWS Basics", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal("# AWS Technical Essentials\n", result.Body);
    }

    [Theory]
    [InlineData("\n\n---\ntitle: a\n---\nbody")]
    [InlineData("--- \ntitle: a\n---\nbody")]
    [InlineData("---\ntitle: a\nnever closed")]
    [InlineData("+++\ntitle = \"toml\"\n+++\nbody")]
    public void Parse_WhatHexoDoesNotSplit_IsAllBody(string text)
    {
        var result = HexoFrontMatter.Parse(text);

        Assert.Equal(FrontMatterKind.None, result.Kind);
        Assert.Empty(result.Fields);
        Assert.Equal(text, result.Body);
    }

    [Fact]
    public void Parse_JsonBetweenSemicolons_ReadsFields()
    {
        var result = HexoFrontMatter.Parse(";;;\n\"title\": \"JSON\", \"tags\": [\"x\", 1], \"date\": \"2020-01-02 03:04:05\"\n;;;\nbody");

        Assert.Equal("JSON", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal(["x", "1"], FrontMatterValues.GetList(result.Fields, "tags").Select(FrontMatterValues.AsString));
        Assert.Equal("body", result.Body);
    }

    [Fact]
    public void Parse_TabIndentedYaml_ReadsTabsAsTwoSpaces()
    {
        var result = HexoFrontMatter.Parse("---\ntitle: Tabs\ncategories:\n\t- Outer\n\t- Inner\n---\nbody");

        Assert.Equal(["Outer", "Inner"], FrontMatterValues.GetList(result.Fields, "categories").Select(FrontMatterValues.AsString));
    }

    [Fact]
    public void Parse_CrLf_SplitsLikeLf()
    {
        var result = HexoFrontMatter.Parse("---\r\ntitle: Windows\r\n---\r\nbody\r\n");

        Assert.Equal("Windows", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal("body\n", result.Body);
    }

    [Fact]
    public void Parse_InvalidYamlAfterOpeningLine_Throws()
    {
        Assert.Throws<FrontMatterException>(() => HexoFrontMatter.Parse("---\ntitle: [oops\n---\nbody"));
    }

    [Fact]
    public void EscapeTabs_IndentingTabs_BecomeTwoSpacesEach()
    {
        Assert.Equal("a:\n    b: 1\n  c: \"x\ty\"", HexoFrontMatter.EscapeTabs("a:\n\t\tb: 1\n\tc: \"x\ty\""));
    }
}

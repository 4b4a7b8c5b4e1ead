using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Parse_YamlFrontMatter_SplitsFieldsAndBody()
    {
        var result = FrontMatterParser.Parse("---\ntitle: 你好\ntags: [a, b]\ncategories:\n  - [深度学习, NLP]\n  - Python\n---\n# Body\n");
        Assert.Equal(FrontMatterKind.Yaml, result.Kind);
        Assert.Equal("你好", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.Equal(["a", "b"], FrontMatterValues.GetList(result.Fields, "tags").Cast<string>());
        var categories = FrontMatterValues.GetList(result.Fields, "categories");
        Assert.Equal(["深度学习", "NLP"], Assert.IsType<List<object?>>(categories[0]).Cast<string>());
        Assert.Equal("# Body\n", result.Body);
    }

    [Fact]
    public void Parse_TomlFrontMatter_ReadsTypedValuesAsText()
    {
        var result = FrontMatterParser.Parse("+++\ntitle = \"Hugo post\"\ndate = 2025-03-08T10:00:00+08:00\ndraft = true\ncategories = [\"Go\"]\n+++\nBody");
        Assert.Equal(FrontMatterKind.Toml, result.Kind);
        Assert.Equal("Hugo post", FrontMatterValues.GetString(result.Fields, "title"));
        Assert.True(FrontMatterValues.GetBool(result.Fields, "draft"));
        Assert.True(PostDates.TryParse(FrontMatterValues.GetString(result.Fields, "date"), TimeZoneInfo.Utc, out var date));
        Assert.Equal(TimeSpan.FromHours(8), date.Offset);
        Assert.Equal("Body", result.Body);
    }

    [Fact]
    public void Parse_NoFrontMatter_IsAllBody()
    {
        var result = FrontMatterParser.Parse("# Title\n\ntext");
        Assert.Equal(FrontMatterKind.None, result.Kind);
        Assert.Empty(result.Fields);
        Assert.Equal("# Title\n\ntext", result.Body);
    }

    [Fact]
    public void Parse_KeysDifferingInCase_AreFoundEitherWay() =>
        Assert.Equal("x", FrontMatterValues.GetString(FrontMatterParser.Parse("---\nTitle: x\n---\n").Fields, "title"));

    [Fact]
    public void Parse_CrLfLineEnds_AreAccepted() =>
        Assert.Equal("x", FrontMatterValues.GetString(FrontMatterParser.Parse("---\r\ntitle: x\r\n---\r\nbody").Fields, "title"));

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nbody", "invalid YAML")]
    [InlineData("---\ntitle: x\nbody without end", "never closed")]
    [InlineData("+++\ntitle = \n+++\n", "invalid TOML")]
    [InlineData("---\n- just\n- a list\n---\n", "not a mapping")]
    public void Parse_Malformed_ThrowsWithReason(string text, string reason)
    {
        var ex = Assert.Throws<FrontMatterException>(() => FrontMatterParser.Parse(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HorizontalRuleLaterInBody_IsNotFrontMatter() =>
        Assert.Equal(FrontMatterKind.None, FrontMatterParser.Parse("text\n---\nmore").Kind);
    [Fact]
    public void Parse_AnchorUsedOnce_ReadsAliasAsItsValue()
    {
        var fields = FrontMatterParser.Parse("---\nsubtitle: &t Hello world\ntitle: *t\ntags: &tags [a, b]\ncategories: *tags\n---\n").Fields;

        Assert.Equal("Hello world", FrontMatterValues.GetString(fields, "title"));
        Assert.Equal(["a", "b"], FrontMatterValues.GetList(fields, "categories"));
    }

    [Fact]
    public void Parse_MergeKey_AddsAnchoredKeysWithoutOverridingWrittenOnes()
    {
        var fields = FrontMatterParser.Parse("---\nbase: &base {title: Base, author: Ann}\npost:\n  <<: *base\n  title: Own\n---\n").Fields;

        var post = Assert.IsType<Dictionary<string, object?>>(fields["post"]);
        Assert.Equal("Own", post["title"]);
        Assert.Equal("Ann", post["author"]);
    }

    [Fact]
    public void Parse_AliasBomb_IsRefusedNamingTheBudget()
    {
        var bomb = new System.Text.StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var ex = Assert.Throws<FrontMatterException>(() => FrontMatterParser.Parse(bomb.Append("---\n").ToString()));

        Assert.Contains($"aliases expand past {YamlFields.MaxAliasedValues} values", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AliasWithoutAnchor_NamesLineAndColumn()
    {
        var ex = Assert.Throws<FrontMatterException>(() => FrontMatterParser.Parse("---\ntitle: x\nsubtitle: *nope\n---\n"));

        Assert.Equal("invalid YAML at line 3, column 11: alias *nope refers to no anchor before it", ex.Message);
    }

    [Theory]
    [InlineData("---\ntitle: |\n{= *a `\n!!str 深度学习|\n#>\ndate: *a\n---\n", "invalid YAML at line 4, column 1: malformed text here")]
    [InlineData("---\ntitle: x\ndate: [2025\n---\n", "invalid YAML at line 4, column 1: ")]
    [InlineData("+++\ntitle = \"x\"\ndate = = 1\n+++\n", "invalid TOML at line 3, column 8: ")]
    public void Parse_Malformed_NamesFileLineAndColumn(string text, string start)
    {
        var ex = Assert.Throws<FrontMatterException>(() => FrontMatterParser.Parse(text));

        Assert.True(ex.Message.StartsWith(start, StringComparison.Ordinal), ex.Message);
        Assert.DoesNotContain("Operation is not valid", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line: ", ex.Message, StringComparison.Ordinal);
    }
}

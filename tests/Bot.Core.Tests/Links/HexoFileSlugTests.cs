using Bot.Core.Generators.Hexo;
using Bot.Core.Links;

namespace Bot.Core.Tests.Links;

/// <summary>Expected slugs are what Hexo 8.1.2 published for these files (fixture <c>hexo-dated-names</c>).</summary>
public sealed class HexoFileSlugTests
{
    [Theory]
    [InlineData(null, "Hello, World & Friends (2024)", "Hello, World & Friends (2024)")]
    [InlineData(":title.md", "2024/nested-folder-post", "2024/nested-folder-post")]
    [InlineData(":year-:month-:day-:title.md", "2024-03-01-hello", "hello")]
    [InlineData(":year-:month-:day-:title.md", "2024-03-02-中文文章", "中文文章")]
    [InlineData(":year-:month-:day-:title.md", "notes/2024-03-03-nested", "notes-2024-03-03-nested")]
    [InlineData(":year-:month-:day-:title.md", "plain-name", "plain-name")]
    [InlineData(":year/:i_month/:title.md", "2024/3/hello", "hello")]
    [InlineData(":year-:month.md", "2024-03", "2024-03")]
    public void From_NewPostName_ReadsSlugLikeParseFilename(string? newPostName, string postPath, string expected) =>
        Assert.Equal(expected, HexoFileSlug.From(newPostName, postPath));
}

using Bot.Core.Generators.Hexo;
using Bot.Core.Generators.Hugo;
using Bot.Core.Generators.Jekyll;
using Bot.Core.Links;

namespace Bot.Core.Tests.Links;

/// <summary>Expected values come from hexo-util's slugize tests, Jekyll's slugify docs and Hugo's path tests.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("foo bar", false, "foo-bar")]
    [InlineData("foo  bar", false, "foo-bar")]
    [InlineData("foo~!@#$%^&*()-_+=[]{}|\\;:\"'<>,.?/bar", false, "foo-bar")]
    [InlineData("foo\u0000bar", false, "foobar")]
    [InlineData("ÀÁÂÃÄÅàáâãäå", false, "AAAAAAaaaaaa")]
    [InlineData("Foo Bar", true, "foo-bar")]
    [InlineData("  -foo bar-  ", false, "foo-bar")]
    [InlineData("深度学习 入门：PyTorch", false, "深度学习-入门：PyTorch")]
    [InlineData("Hello, World! 你好", true, "hello-world-你好")]
    public void HexoSlugize_Input_MatchesHexoUtil(string input, bool lowerCase, string expected) =>
        Assert.Equal(expected, HexoSlug.Slugize(input, lowerCase));

    [Fact]
    public void HexoSlugize_CustomSeparator_UsesIt() => Assert.Equal("foo_bar", HexoSlug.Slugize("foo bar", separator: '_'));

    [Theory]
    [InlineData("The _config.yml file", "default", false, "the-config-yml-file")]
    [InlineData("The _config.yml file", "pretty", false, "the-_config.yml-file")]
    [InlineData("The _config.yml file", "pretty", true, "The-_config.yml-file")]
    [InlineData("The _config.yml file", "ascii", false, "the-config-yml-file")]
    [InlineData("The _config.yml file", "raw", false, "the-_config.yml-file")]
    [InlineData("The _cönfig.yml file", "latin", false, "the-config-yml-file")]
    [InlineData("The _cönfig.yml file", "default", false, "the-cönfig-yml-file")]
    [InlineData("The _config.yml file", "none", false, "the _config.yml file")]
    [InlineData(" Q*bert says @!#@!", "default", false, "q-bert-says")]
    [InlineData("深度 学习! 入门", "default", false, "深度-学习-入门")]
    [InlineData("深度 学习! 入门", "ascii", false, "")]
    public void JekyllSlugify_Mode_MatchesJekyllUtils(string input, string mode, bool cased, string expected) =>
        Assert.Equal(expected, JekyllSlug.Slugify(input, mode, cased));

    [Theory]
    [InlineData("  Foo bar  ", "Foo-bar")]
    [InlineData("Foo.Bar/foo_Bar-Foo", "Foo.Bar/foo_Bar-Foo")]
    [InlineData("fOO,bar:foobAR", "fOObarfoobAR")]
    [InlineData("FOo/BaR.html", "FOo/BaR.html")]
    [InlineData("трям/трям", "трям/трям")]
    [InlineData("은행", "은행")]
    [InlineData("Банковский кассир", "Банковский-кассир")]
    [InlineData("a%C3%B1ame", "a%C3%B1ame")]
    [InlineData("This+is+a+test", "This+is+a+test")]
    [InlineData("~foo", "~foo")]
    [InlineData("foo--bar", "foo-bar")]
    [InlineData("foo - bar", "foo-bar")]
    public void HugoSanitize_Input_MatchesHugoPaths(string input, string expected) =>
        Assert.Equal(expected, HugoUrlize.Sanitize(input));

    [Theory]
    [InlineData("  FOO bar  ", "foo-bar")]
    [InlineData("FOO,bar:FooBar", "foobarfoobar")]
    [InlineData("My First Post!", "my-first-post")]
    [InlineData("深度学习 入门", "%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0-%E5%85%A5%E9%97%A8")]
    [InlineData("Vim (text editor)", "vim-text-editor")]
    public void HugoUrlize_Input_IsSanitizedLowerCasedAndEscaped(string input, string expected) =>
        Assert.Equal(expected, HugoUrlize.Urlize(input));

    [Theory]
    [InlineData("/2025/03/08/梯度/", "/2025/03/08/%E6%A2%AF%E5%BA%A6/")]
    [InlineData("/a b/", "/a%20b/")]
    [InlineData("/already%20encoded/", "/already%20encoded/")]
    [InlineData("/keep-;,/?:@&=+$_.!~*'()#/", "/keep-;,/?:@&=+$_.!~*'()#/")]
    [InlineData("/emoji-🐍/", "/emoji-%F0%9F%90%8D/")]
    public void EncodeUri_Path_MatchesJavaScriptEncodeUri(string input, string expected) =>
        Assert.Equal(expected, PercentEncoding.EncodeUri(input));

    [Theory]
    [InlineData("/:year/:month/", "/2025/03/")]
    [InlineData("/:title_/", "/hello_/")]
    [InlineData("/:unknown/:title", "/:unknown/hello")]
    [InlineData("/literal:/", "/literal:/")]
    public void PermalinkTemplateExpand_Tokens_AreReplacedWhenKnown(string pattern, string expected)
    {
        var values = new Dictionary<string, string> { ["year"] = "2025", ["month"] = "03", ["title"] = "hello" };
        Assert.Equal(expected, PermalinkTemplate.Expand(pattern, name => values.GetValueOrDefault(name)));
    }
}

using Bot.Core.Repository;

namespace Bot.Core.Tests.Repository;

public sealed class PostIdentityTests
{
    [Theory]
    [InlineData("source/_posts/hello.md")]
    [InlineData("_posts/2025-03-08-hello.md")]
    [InlineData("content/posts/x/index.md")]
    public void For_Source_IsTheSourcePath(string source) =>
        Assert.Equal(source, PostIdentity.For(source));

    [Theory]
    [InlineData("", "source/_posts/hello.md", "source/_posts/hello")]
    [InlineData("", "_posts/2025-03-08-hello.md", "_posts/hello")]
    [InlineData("", "blog/_posts/2026-01-01-hello.markdown", "blog/_posts/hello")]
    [InlineData("", "content/posts/x/index.md", "content/posts/x/index")]
    [InlineData("id: 42", "source/_posts/hello.md", "42")]
    [InlineData("abbrlink: a1b2c3", "source/_posts/hello.md", "a1b2c3")]
    [InlineData("id: ''\nabbrlink: 9f", "source/_posts/hello.md", "9f")]
    public void Legacy_Source_IsTheIdBeforeSchema4(string yaml, string source, string expected) =>
        Assert.Equal(expected, PostIdentity.Legacy(FrontMatterParser.ParseYaml(yaml), source));
}

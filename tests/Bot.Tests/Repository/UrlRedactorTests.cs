using Bot.Repository;

namespace Bot.Tests.Repository;

public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("fatal: unable to access 'https://user:ghp_s3cret@github.com/me/blog.git/': 403", "fatal: unable to access 'https://***@github.com/me/blog.git/': 403")]
    [InlineData("https://oauth2:glpat-xyz@gitlab.com/a/b.git", "https://***@gitlab.com/a/b.git")]
    [InlineData("http://tok@127.0.0.1:8080/repo", "http://***@127.0.0.1:8080/repo")]
    [InlineData("https://user:p@ss@host/repo", "https://***@host/repo")]
    [InlineData("cloning 'https://u:a@b@c@git.example/x.git' now", "cloning 'https://***@git.example/x.git' now")]
    [InlineData("https://host/@me/repo and http://host?x=a@b", "https://host/@me/repo and http://host?x=a@b")]
    [InlineData("https://discord.com/api/webhooks/123456/AbC-dEf_token?wait=true", "https://discord.com/api/webhooks/123456/***?wait=true")]
    [InlineData("git@github.com:me/blog.git", "git@github.com:me/blog.git")]
    [InlineData("https://github.com/me/blog.git", "https://github.com/me/blog.git")]
    [InlineData("邮件 me@example.com 没有密码", "邮件 me@example.com 没有密码")]
    [InlineData("", "")]
    public void Redact_Text_RemovesCredentialsOnly(string text, string expected)
    {
        Assert.Equal(expected, UrlRedactor.Redact(text));
    }
}

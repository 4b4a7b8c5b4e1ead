using Bot.Secrets;

namespace Bot.Tests.Secrets;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("fatal: unable to access 'https://user:ghp_s3cret@github.com/me/blog.git/': 403", "fatal: unable to access 'https://***@github.com/me/blog.git/': 403")]
    [InlineData("https://oauth2:glpat-xyz@gitlab.com/a/b.git", "https://***@gitlab.com/a/b.git")]
    [InlineData("http://tok@127.0.0.1:8080/repo", "http://***@127.0.0.1:8080/repo")]
    [InlineData("https://user:p@ss@host/repo", "https://***@host/repo")]
    [InlineData("cloning 'https://u:a@b@c@git.example/x.git' now", "cloning 'https://***@git.example/x.git' now")]
    [InlineData("https://host/@me/repo and http://host?x=a@b", "https://host/@me/repo and http://host?x=a@b")]
    [InlineData("https://discord.com/api/webhooks/123456/AbC-dEf_token?wait=true", "https://discord.com/api/webhooks/123456/***?wait=true")]
    [InlineData("POST https://api.telegram.org/bot123456:AAE-unknown_token/sendMessage", "POST https://api.telegram.org/bot***/sendMessage")]
    [InlineData("git@github.com:me/blog.git", "git@github.com:me/blog.git")]
    [InlineData("https://github.com/me/blog.git", "https://github.com/me/blog.git")]
    [InlineData("邮件 me@example.com 没有密码", "邮件 me@example.com 没有密码")]
    [InlineData("", "")]
    public void Redact_TextWithoutConfiguredSecrets_RemovesSecretsByTheirShapeOnly(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.ShapesOnly.Redact(text));
    }

    [Fact]
    public void Redact_TelegramToken_MasksTheTokenAndItsSecretHalf()
    {
        var redactor = new SecretRedactor(["123456789:AAE-test_SECRET-token"]);

        Assert.Equal("token *** or *** by 123456789", redactor.Redact("token 123456789:AAE-test_SECRET-token or AAE-test_SECRET-token by 123456789"));
    }

    [Fact]
    public void Redact_ConfiguredRemote_KeepsHostAndPathButMasksTheCredentialAlone()
    {
        var redactor = new SecretRedactor(["https://oauth2:git-SECRET-password@git.example/me/blog.git"]);

        Assert.Equal("remote https://git.example/me/blog.git: auth *** refused",
            redactor.Redact("remote https://git.example/me/blog.git: auth git-SECRET-password refused"));
    }

    [Fact]
    public void Redact_NullOrEmpty_IsEmpty()
    {
        Assert.Equal("", SecretRedactor.ShapesOnly.Redact(null));
        Assert.Equal("", new SecretRedactor([null, " ", ""]).Redact(""));
    }

    [Fact]
    public void Describe_ExceptionChain_OneRedactedLine()
    {
        var redactor = new SecretRedactor(["discord-SECRET-token-value"]);
        var error = new InvalidOperationException("outer", new HttpRequestException("inner discord-SECRET-token-value"));

        // one line saying what happened (the innermost cause), never the chain, and redacted
        Assert.Equal("HttpRequestException: inner ***", redactor.Describe(error));
    }
}

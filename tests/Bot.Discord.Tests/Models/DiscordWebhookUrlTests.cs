namespace Bot.Discord.Tests.Models;

public sealed class DiscordWebhookUrlTests
{
    [Theory]
    [InlineData("https://discord.com/api/webhooks/123/abc-DEF_9", "123", "abc-DEF_9")]
    [InlineData("https://discord.com/api/v10/webhooks/123/abc", "123", "abc")]
    [InlineData("https://discordapp.com/api/webhooks/123/abc/", "123", "abc")]
    [InlineData("http://127.0.0.1:5000/api/webhooks/77/tok", "77", "tok")]
    public void TryParse_WebhookUrl_ReadsIdAndToken(string url, string id, string token)
    {
        Assert.True(DiscordWebhookUrl.TryParse(url, out var webhook));
        Assert.Equal(new DiscordWebhookUrl(id, token), webhook);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://discord.com/api/webhooks/1/abc")]
    [InlineData("https://discord.com/api/webhooks/abc/def")]
    [InlineData("https://discord.com/api/webhooks/123")]
    [InlineData("https://discord.com/api/channels/123/messages")]
    public void TryParse_NotAWebhookUrl_ReturnsFalse(string? url)
    {
        Assert.False(DiscordWebhookUrl.TryParse(url, out var webhook));
        Assert.Null(webhook);
    }

    [Fact]
    public void Parse_BadUrlWithSecret_ThrowsWithoutRepeatingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => DiscordWebhookUrl.Parse("https://discord.com/api/webhooks/x/very-secret"));

        Assert.DoesNotContain("very-secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("webhooks/{id}/{token}", error.Message, StringComparison.Ordinal);
    }
}

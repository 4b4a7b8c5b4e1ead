using System.Net;
using Bot.Discord.Models;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class DiscordApiErrorTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 50035, "Invalid Form Body", true)]
    [InlineData(HttpStatusCode.Unauthorized, 0, "401: Unauthorized", true)]
    [InlineData(HttpStatusCode.Forbidden, 50013, "Missing Permissions", true)]
    [InlineData(HttpStatusCode.Forbidden, 50001, "Missing Access", true)]
    [InlineData(HttpStatusCode.NotFound, 10003, "Unknown Channel", true)]
    [InlineData(HttpStatusCode.InternalServerError, 0, "Internal Server Error", false)]
    [InlineData(HttpStatusCode.BadGateway, 0, "Bad Gateway", false)]
    public async Task CreateMessageAsync_ErrorAnswer_CarriesStatusCodeMessageAndPermanenceOnce(
        HttpStatusCode status, int code, string message, bool permanent)
    {
        using var harness = new RestHarness();
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(status, $$"""{"code":{{code}},"message":"{{message}}"}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", new MessageCreateRequest { Content = "x" }));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.DiscordCode);
        Assert.Equal(message, error.DiscordMessage);
        Assert.Equal(permanent, error.IsPermanent);
        Assert.False(error.IsWebhookDead);
        Assert.Contains($"{(int)status}", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("/channels/42/messages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_ErrorEchoingTheToken_RedactsItEverywhere()
    {
        using var harness = new RestHarness();
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.Unauthorized, $$"""{"code":0,"message":"bad token {{RestHarness.Token}}"}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", new MessageCreateRequest { Content = "x" }));

        Assert.DoesNotContain(RestHarness.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.Token, error.DiscordMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteWebhookAsync_NotFound_ReportsDeadAndNeverSendsToItAgain()
    {
        using var harness = new RestHarness(token: null);
        harness.Handler.Fallback = _ => ScriptedHttpHandler.Json(HttpStatusCode.NotFound, """{"code":10015,"message":"Unknown Webhook"}""");
        var body = new WebhookExecuteRequest { Content = "x" };

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.ExecuteWebhookAsync("55", "hook-secret", body));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.ExecuteWebhookAsync("55", "hook-secret", body));

        Assert.Single(harness.Handler.Requests);
        Assert.True(first.IsWebhookDead);
        Assert.True(first.IsPermanent);
        Assert.Equal(10015, first.DiscordCode);
        Assert.True(second.IsWebhookDead);
        Assert.DoesNotContain("hook-secret", first.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hook-secret", second.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_NetworkFailure_IsTransientWithoutStatus()
    {
        using var harness = new RestHarness();
        harness.Handler.Fallback = _ => throw new HttpRequestException("Connection refused");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", new MessageCreateRequest { Content = "x" }));

        Assert.Null(error.StatusCode);
        Assert.False(error.IsPermanent);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_CloudflareHtmlError_StillReportsStatus()
    {
        using var harness = new RestHarness();
        harness.Handler.Fallback = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<html>busy</html>") };

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => harness.Client.CreateMessageAsync("42", new MessageCreateRequest { Content = "x" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Null(error.DiscordCode);
        Assert.False(error.IsPermanent);
    }
}

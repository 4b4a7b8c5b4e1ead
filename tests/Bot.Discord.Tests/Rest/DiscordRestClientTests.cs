using System.Net;
using System.Text.Json;
using Bot.Discord.Models;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task CreateMessageAsync_AnnouncementBody_PostsSnakeCaseJsonToV10WithBotAuthAndUserAgent()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"555","channel_id":"42","content":"","nonce":"d-17"}""");
        var body = new MessageCreateRequest
        {
            Nonce = "d-17",
            EnforceNonce = true,
            AllowedMentions = AllowedMentions.None,
            Embeds = [new Embed { Title = "新文章 @everyone", Url = "https://blog.example/p/1", Color = 0x3366CC, Footer = new EmbedFooter { Text = "NLP · 随笔" } }],
        };

        var message = await harness.Client.CreateMessageAsync("42", body);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://discord.test/api/v10/channels/42/messages", request.Uri.AbsoluteUri);
        Assert.Equal("Bot " + RestHarness.Token, request.Authorization);
        Assert.Equal("DiscordBot (https://example.org/bot, 2.1)", request.UserAgent);
        Assert.Equal("application/json", request.ContentType);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("d-17", root.GetProperty("nonce").GetString());
        Assert.True(root.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, root.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(root.TryGetProperty("content", out _));
        Assert.False(root.GetProperty("allowed_mentions").TryGetProperty("roles", out _));
        Assert.Equal("新文章 @everyone", root.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0x3366CC, root.GetProperty("embeds")[0].GetProperty("color").GetInt32());
        Assert.Equal("555", message.Id);
        Assert.Equal("d-17", message.Nonce?.GetString());
    }

    [Theory]
    [InlineData("https://discord.test/api")]
    [InlineData("https://discord.test/api/")]
    [InlineData("https://discord.test/api/v10")]
    [InlineData("https://discord.test/api/v10/")]
    public async Task GetChannelAsync_AnyBaseUrlForm_UsesVersionTenExactlyOnce(string apiBaseUrl)
    {
        using var harness = new RestHarness(apiBaseUrl: apiBaseUrl);
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"42","type":0,"guild_id":"7","name":"博客"}""");

        var channel = await harness.Client.GetChannelAsync("42");

        Assert.Equal("https://discord.test/api/v10/channels/42", Assert.Single(harness.Handler.Requests).Uri.AbsoluteUri);
        Assert.Equal("博客", channel.Name);
        Assert.Equal("7", channel.GuildId);
    }

    [Fact]
    public async Task ExecuteWebhookAsync_WebhookUrl_PostsWithWaitTrueAndNoBotToken()
    {
        using var harness = new RestHarness(token: null);
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"777","channel_id":"9"}""");

        var message = await harness.Client.ExecuteWebhookAsync(
            "https://discord.com/api/webhooks/123456/hook-token_AB", new WebhookExecuteRequest { Content = "hi", AllowedMentions = AllowedMentions.None });

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("https://discord.test/api/v10/webhooks/123456/hook-token_AB?wait=true", request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        Assert.Equal("777", message.Id);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_AutocompleteChoices_PostsCallbackAndAcceptsNoContent()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        var callback = new InteractionCallback
        {
            Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = [ApplicationCommandOptionChoice.ForString("自然语言处理", "NLP")] },
        };

        await harness.Client.CreateInteractionResponseAsync("1001", "interaction-token", callback);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("https://discord.test/api/v10/interactions/1001/interaction-token/callback", request.Uri.AbsoluteUri);
        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"自然语言处理","value":"NLP"}]}}""", request.Body);
    }

    [Fact]
    public async Task BulkOverwriteGuildCommandsAsync_Commands_PutsListAndReturnsCreated()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """[{"id":"1","application_id":"11","guild_id":"22","name":"latest","description":"d","type":1}]""");
        ApplicationCommand[] commands =
        [
            new()
            {
                Name = "latest",
                Description = "Newest posts",
                Type = ApplicationCommandType.ChatInput,
                Options = [new() { Type = ApplicationCommandOptionType.Integer, Name = "count", Description = "How many", MinValue = 1, MaxValue = 20 }],
            },
        ];

        var created = await harness.Client.BulkOverwriteGuildCommandsAsync("11", "22", commands);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("https://discord.test/api/v10/applications/11/guilds/22/commands", request.Uri.AbsoluteUri);
        var option = JsonDocument.Parse(request.Body).RootElement[0].GetProperty("options")[0];
        Assert.Equal(4, option.GetProperty("type").GetInt32());
        Assert.Equal(20, option.GetProperty("max_value").GetDouble());
        Assert.Equal("1", Assert.Single(created).Id);
    }

    [Fact]
    public async Task GetGatewayBotAsync_Response_ReadsUrlAndSessionStartLimit()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK,
            """{"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":{"total":1000,"remaining":998,"reset_after":14400000,"max_concurrency":1}}""");

        var gateway = await harness.Client.GetGatewayBotAsync();

        Assert.Equal("https://discord.test/api/v10/gateway/bot", Assert.Single(harness.Handler.Requests).Uri.AbsoluteUri);
        Assert.Equal("wss://gateway.discord.gg", gateway.Url);
        Assert.Equal(998, gateway.SessionStartLimit?.Remaining);
        Assert.Equal(14_400_000, gateway.SessionStartLimit?.ResetAfter);
    }

    [Fact]
    public async Task GetCurrentApplicationAsync_Response_ReadsTheApplicationId()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"id":"4242","name":"博客机器人","bot_public":false}""");

        var application = await harness.Client.GetCurrentApplicationAsync();

        Assert.Equal("https://discord.test/api/v10/applications/@me", Assert.Single(harness.Handler.Requests).Uri.AbsoluteUri);
        Assert.Equal("4242", application.Id);
        Assert.Equal("博客机器人", application.Name);
    }

    [Fact]
    public async Task GetGuildMemberAndRolesAsync_Responses_ReadRolesAndPermissions()
    {
        using var harness = new RestHarness();
        harness.Handler.Enqueue(HttpStatusCode.OK, """{"user":{"id":"99","username":"blogbot"},"roles":["200"],"nick":null}""");
        harness.Handler.Enqueue(HttpStatusCode.OK, """[{"id":"7","name":"@everyone","permissions":"1024","position":0},{"id":"200","name":"Bots","permissions":"18432","position":1}]""");

        var member = await harness.Client.GetGuildMemberAsync("7", "99");
        var roles = await harness.Client.GetGuildRolesAsync("7");

        Assert.Equal(["https://discord.test/api/v10/guilds/7/members/99", "https://discord.test/api/v10/guilds/7/roles"], harness.Handler.Requests.Select(r => r.Uri.AbsoluteUri));
        Assert.Equal(["200"], member.Roles);
        Assert.Equal("18432", roles[1].Permissions);
    }

    [Fact]
    public async Task CreateMessageAsync_NoTokenConfigured_ThrowsNamingTheSettingWithoutSending()
    {
        using var harness = new RestHarness(token: null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.CreateMessageAsync("1", new MessageCreateRequest { Content = "x" }));

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Handler.Requests);
    }
}

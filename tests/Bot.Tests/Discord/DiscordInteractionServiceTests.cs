using System.Text.Json.Nodes;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

/// <summary>The slash-command service end to end: real gateway client and REST client against the fake Discord.</summary>
public sealed class DiscordInteractionServiceTests : IAsyncLifetime
{
    private const string Guild = "1200000000000000001";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly FakeLogCollector logs = new();
    private readonly PostIndexHolder posts = new();
    private FakeDiscordServer server = null!;
    private FakeDiscordInteractionPayloads payloads = null!;
    private DiscordRestClient rest = null!;
    private DiscordInteractionService service = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        server.RateLimits.Limit = 100;
        payloads = new FakeDiscordInteractionPayloads(server);
        posts.Replace(DiscordTestPosts.Index(30));
        var settings = new DiscordOptions { Token = server.Token, GuildIds = [Guild], ApiBaseUrl = new Uri(server.BaseAddress, "api").ToString() };
        rest = new DiscordRestClient(new HttpClient { Timeout = Timeout }, new DiscordRestOptions { Token = server.Token, ApiBaseUrl = new Uri(settings.ApiBaseUrl) });
        service = new DiscordInteractionService(
            rest, Options.Create(settings), posts, new DiscordInteractionResponder(new CommandHandler(TimeProvider.System)),
            TimeProvider.System, new FakeLogger<DiscordInteractionService>(logs));
        await service.StartAsync(CancellationToken.None);
        await server.Store.WaitUntilAsync(s => s.Commands.ContainsKey(Guild) && server.Gateway.HasLiveSession, Timeout);
    }

    public async Task DisposeAsync()
    {
        await service.StopAsync(CancellationToken.None).WaitAsync(Timeout);
        service.Dispose();
        rest.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public void Start_WithGuildIds_RegistersLatestCategoryHelpInTheGuild()
    {
        var commands = server.Store.Commands[Guild];

        Assert.Equal(["latest", "category", "help"], commands.Select(c => c!["name"]!.GetValue<string>()));
        Assert.True(commands[1]!["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.Equal(20, commands[0]!["options"]![0]!["max_value"]!.GetValue<int>());
        Assert.False(server.Store.Commands.ContainsKey("global"));
        Assert.Equal(0, server.Store.Frames.First(f => f.Op == 2).Payload["d"]!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Interaction_LatestThenOlderButton_MessageThenInPlaceEdit()
    {
        var latest = await AnswerAsync(payloads.SlashCommand("latest", "en-US", ("count", 4, 3)));
        var older = latest.Data!["components"]![0]!["components"]!.AsArray().Single(b => b!["label"]!.GetValue<string>() == CommandTexts.English.Older)!;
        var page = await AnswerAsync(payloads.Component(older["custom_id"]!.GetValue<string>(), new JsonObject { ["id"] = "1" }));

        Assert.Equal(4, latest.Type);
        Assert.Equal(3, latest.Data["embeds"]![0]!["fields"]!.AsArray().Count);
        Assert.Equal(7, page.Type);
        Assert.NotEqual(latest.Data["embeds"]![0]!["fields"]![0]!["name"]!.GetValue<string>(), page.Data!["embeds"]![0]!["fields"]![0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("机器", "机器学习")]
    [InlineData("ru", "Rust")]
    public async Task Interaction_Autocomplete_ChoicesWithinTheDeadline(string typed, string expected)
    {
        var callback = await AnswerAsync(payloads.Autocomplete("category", "name", typed, "zh-CN"));

        Assert.Equal(8, callback.Type);
        Assert.Contains(callback.Data!["choices"]!.AsArray(), c => c!["value"]!.GetValue<string>() == expected);
        Assert.True(callback.Elapsed < FakeInteraction.ResponseDeadline);
    }

    [Fact]
    public async Task Interaction_CategoryListThenSelect_EditsInPlace()
    {
        var list = await AnswerAsync(payloads.SlashCommand("category"));
        var select = list.Data!["components"]![0]!["components"]![0]!;
        var value = select["options"]!.AsArray().First()!["value"]!.GetValue<string>();

        var chosen = await AnswerAsync(payloads.Component(select["custom_id"]!.GetValue<string>(), new JsonObject { ["id"] = "1" }, "en-US", value));

        Assert.Equal(7, chosen.Type);
        Assert.NotEmpty(chosen.Data!["embeds"]![0]!["fields"]!.AsArray());
    }

    [Theory]
    [InlineData("category", "nlpp", "en-US")]
    [InlineData("category", "机器学", "zh-CN")]
    public async Task Interaction_UnknownCategory_EphemeralSuggestion(string command, string name, string locale)
    {
        var callback = await AnswerAsync(payloads.SlashCommand(command, locale, ("name", 3, name)));

        Assert.Equal(4, callback.Type);
        Assert.Equal(64, callback.Data!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task Interaction_HelpInChinese_ChineseReply()
    {
        var callback = await AnswerAsync(payloads.SlashCommand("help", "zh-CN"));

        Assert.Equal(DiscordMarkdown.Escape(CommandTexts.Chinese.HelpHeading), callback.Data!["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gateway_DroppedMidSession_ResumesWithoutIdentifyAndKeepsAnswering()
    {
        await AnswerAsync(payloads.SlashCommand("help"));

        server.Gateway.Drop();
        await server.Store.WaitUntilAsync(_ => server.Gateway.ResumeCount == 1 && server.Gateway.HasLiveSession, Timeout);
        var after = await AnswerAsync(payloads.SlashCommand("latest"));

        Assert.Equal(4, after.Type);
        Assert.Equal(1, server.Gateway.IdentifyCount);
        Assert.StartsWith("/resume-gateway?v=10", server.Gateway.ConnectionPaths[^1], StringComparison.Ordinal);
        Assert.Single(server.Store.Commands);
    }

    [Fact]
    public async Task Logs_AfterEveryPath_NeverContainTheToken()
    {
        await AnswerAsync(payloads.SlashCommand("latest"));
        await AnswerAsync(payloads.Autocomplete("category", "name", "n"));
        await AnswerAsync(payloads.Component("garbage", new JsonObject { ["id"] = "1" }));
        server.Gateway.Drop();
        await server.Store.WaitUntilAsync(_ => server.Gateway.ResumeCount == 1 && server.Gateway.HasLiveSession, Timeout);

        var records = logs.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => r.Message.Contains(server.Token, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(server.Token, StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(records, r => server.Store.Interactions.Values.Any(i => r.Message.Contains(i.Token, StringComparison.Ordinal)));
    }

    private async Task<RecordedCallback> AnswerAsync(JsonObject payload)
    {
        var interaction = await server.Gateway.DispatchInteractionAsync(payload);
        await server.Store.WaitUntilAsync(s => s.Callbacks.Any(c => c.InteractionId == interaction.Id), Timeout);
        return server.Store.Callbacks.Single(c => c.InteractionId == interaction.Id);
    }
}

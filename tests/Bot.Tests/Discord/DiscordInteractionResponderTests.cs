using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;
using Bot.Discord.Serialization;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

/// <summary>The pure interaction → callback step, checked against the fake's callback validation.</summary>
public sealed class DiscordInteractionResponderTests : IAsyncLifetime
{
    private readonly DiscordInteractionResponder responder = new(new CommandHandler(new FakeTimeProvider(DiscordTestPosts.Now)));
    private readonly PostIndex index = DiscordTestPosts.Index(30);
    private FakeDiscordServer server = null!;
    private FakeDiscordInteractionPayloads payloads = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        payloads = new FakeDiscordInteractionPayloads(server);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(3, 3)]
    [InlineData(20, 20)]
    [InlineData(50, 20)]
    public void Respond_LatestWithCount_MessageWithThatManyPosts(int count, int expected)
    {
        var callback = Respond(payloads.SlashCommand("latest", "en-US", ("count", 4, count)));

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal(expected, callback.Data!.Embeds![0].Fields!.Count);
        Assert.Equal(CommandTexts.English.LatestHeading, callback.Data.Embeds[0].Title);
        Assert.Empty(callback.Data.AllowedMentions!.Parse);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void Respond_ChineseLocale_ChineseTexts(string locale)
    {
        var callback = Respond(payloads.SlashCommand("help", locale));

        Assert.Equal(DiscordMarkdown.Escape(CommandTexts.Chinese.HelpHeading), callback.Data!.Embeds![0].Title);
    }

    [Theory]
    [InlineData("机器", "机器学习")]
    [InlineData("nl", "NLP")]
    [InlineData("ｒｕｓ", "Rust")]
    public void Respond_Autocomplete_MatchingCategoryChoices(string typed, string expected)
    {
        var callback = Respond(payloads.Autocomplete("category", "name", typed));

        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, callback.Type);
        Assert.Contains(callback.Data!.Choices!, c => c.Name == expected && c.Value.GetString() == expected);
    }

    [Fact]
    public void Respond_AutocompleteOnManyCategories_AtMost25Choices()
    {
        var many = PostIndex.Build(Enumerable.Range(1, 60).Select(n => DiscordTestPosts.Make(n, categories: [$"分类{n}"])), DiscordTestPosts.Now);

        var callback = responder.Respond(Deserialize(payloads.Autocomplete("category", "name", "")), many);

        Assert.Equal(25, callback.Data!.Choices!.Count);
    }

    [Fact]
    public void Respond_UnknownCategory_EphemeralWithSuggestion()
    {
        var callback = Respond(payloads.SlashCommand("category", "en-US", ("name", 3, "nlpp")));

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal(MessageFlags.Ephemeral, callback.Data!.Flags);
        Assert.Contains("NLP", callback.Data.Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_OlderButton_UpdatesMessageInPlaceWithNextPage()
    {
        var first = Respond(payloads.SlashCommand("latest", "en-US", ("count", 4, 5)));
        var older = first.Data!.Components![0].Components!.Single(b => b.Label == CommandTexts.English.Older);

        var next = Respond(payloads.Component(older.CustomId!, new JsonObject { ["id"] = "1" }));

        Assert.Equal(InteractionCallbackType.UpdateMessage, next.Type);
        Assert.NotEqual(first.Data.Embeds![0].Fields![0].Name, next.Data!.Embeds![0].Fields![0].Name);
        Assert.Null(next.Data.Flags);
    }

    [Fact]
    public void Respond_CategorySelect_UpdatesMessageWithThatCategory()
    {
        var list = Respond(payloads.SlashCommand("category"));
        var select = list.Data!.Components![0].Components![0];
        var rust = select.Options!.Single(o => o.Label.StartsWith("Rust", StringComparison.Ordinal));

        var chosen = Respond(payloads.Component(select.CustomId!, new JsonObject { ["id"] = "1" }, "en-US", rust.Value));

        Assert.Equal(InteractionCallbackType.UpdateMessage, chosen.Type);
        Assert.Contains("Rust", chosen.Data!.Embeds![0].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c:zzzzzzzz:0")]
    [InlineData("garbage")]
    public void Respond_StaleButton_EphemeralNotice(string customId)
    {
        var callback = Respond(payloads.Component(customId, new JsonObject { ["id"] = "1" }));

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal(MessageFlags.Ephemeral, callback.Data!.Flags);
        Assert.Equal(DiscordMarkdown.Escape(CommandTexts.English.OutOfDate), callback.Data.Embeds![0].Title);
    }

    [Fact]
    public void Respond_EveryPath_PassesTheFakesCallbackValidation()
    {
        var cases = new[]
        {
            payloads.SlashCommand("latest", "en-US", ("count", 4, 20)),
            payloads.SlashCommand("category"),
            payloads.SlashCommand("category", "zh-CN", ("name", 3, "机器学习")),
            payloads.SlashCommand("help", "zh-CN"),
            payloads.Autocomplete("category", "name", "n"),
            payloads.Component("l:5:1", new JsonObject { ["id"] = "1" }),
        };

        foreach (var payload in cases)
        {
            var callback = JsonNode.Parse(JsonSerializer.Serialize(Respond(payload), DiscordJsonContext.Wire.InteractionCallback))!.AsObject();
            var errors = FakeDiscordCallbackValidator.Validate(callback, payload["type"]!.GetValue<int>());
            Assert.False(errors.Any, errors.ToString());
        }
    }

    private InteractionCallback Respond(JsonObject payload) => responder.Respond(Deserialize(payload), index);

    private static Interaction Deserialize(JsonObject payload) => payload.Deserialize(DiscordJsonContext.Default.Interaction)!;
}

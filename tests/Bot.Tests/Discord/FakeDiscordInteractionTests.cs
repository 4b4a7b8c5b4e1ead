using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

public sealed class FakeDiscordInteractionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer server = null!;
    private FakeDiscordClient client = null!;
    private FakeDiscordInteractionPayloads payloads = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync(time);
        client = new FakeDiscordClient(server);
        payloads = new FakeDiscordInteractionPayloads(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Callback_FirstInTime_Accepted_SecondReturns40060()
    {
        var interaction = Register(payloads.SlashCommand("latest"));
        var body = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "hi" } };

        var first = await client.PostAsync(CallbackPath(interaction), body);
        var second = await client.PostAsync(CallbackPath(interaction), body);

        Assert.Equal(204, first.Status);
        Assert.Equal(400, second.Status);
        Assert.Equal(40060, second.Body!["code"]!.GetValue<int>());
        Assert.Single(server.Store.Callbacks);
    }

    [Fact]
    public async Task Callback_AfterThreeSeconds_Returns10062()
    {
        var interaction = Register(payloads.SlashCommand("latest"));
        time.Advance(TimeSpan.FromSeconds(3.1));

        var (status, body, _) = await client.PostAsync(CallbackPath(interaction), new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "hi" } });

        Assert.Equal(404, status);
        Assert.Equal(10062, body!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("slash", 7, "type")]
    [InlineData("autocomplete", 4, "type")]
    [InlineData("autocomplete-26", 8, "data.choices")]
    [InlineData("component", 7, null)]
    [InlineData("autocomplete-25", 8, null)]
    public async Task Callback_TypeOrChoices_ValidatedAgainstTheInteraction(string kind, int type, string? errorPath)
    {
        var interaction = Register(kind switch
        {
            "slash" => payloads.SlashCommand("latest"),
            "component" => payloads.Component("page:1", new JsonObject { ["id"] = "1" }),
            _ => payloads.Autocomplete("category", "name", "N"),
        });
        var choices = new JsonArray([.. Enumerable.Range(0, kind.EndsWith("26") ? 26 : 25).Select(i => (JsonNode)new JsonObject { ["name"] = $"c{i}", ["value"] = $"c{i}" })]);
        var data = type == 8 ? new JsonObject { ["choices"] = choices } : new JsonObject { ["content"] = "hi" };

        var (status, body, _) = await client.PostAsync(CallbackPath(interaction), new JsonObject { ["type"] = type, ["data"] = data });

        Assert.Equal(errorPath is null ? 204 : 400, status);
        Assert.True(errorPath is null || body!["errors"]!.ToJsonString().Contains(errorPath.Split('.')[^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("latest", false, null)]
    [InlineData("Latest", false, "0.name")]
    [InlineData("category", true, "0.options.0.autocomplete")]
    public async Task OverwriteCommands_NamesAndAutocomplete_Validated(string name, bool choicesWithAutocomplete, string? errorPath)
    {
        var option = new JsonObject { ["type"] = 3, ["name"] = "name", ["description"] = "分类", ["autocomplete"] = true };
        if (choicesWithAutocomplete)
        {
            option["choices"] = new JsonArray(new JsonObject { ["name"] = "a", ["value"] = "a" });
        }

        var commands = new JsonArray(new JsonObject { ["name"] = name, ["description"] = "d", ["options"] = new JsonArray(option) });

        var (status, body, _) = await client.SendAsync(HttpMethod.Put, $"/api/v10/applications/{server.ApplicationId}/guilds/55/commands", commands);

        Assert.Equal(errorPath is null ? 200 : 400, status);
        Assert.Equal(errorPath is null, server.Store.Commands.ContainsKey("55"));
        Assert.True(errorPath is not null || body![0]!["id"] is not null);
    }

    private FakeInteraction Register(JsonObject payload)
    {
        var interaction = new FakeInteraction(payload["id"]!.GetValue<string>(), payload["token"]!.GetValue<string>(), payload["type"]!.GetValue<int>(), time.GetUtcNow(), payload);
        server.Store.Change(() => server.Store.Interactions[interaction.Id] = interaction);
        return interaction;
    }

    private static string CallbackPath(FakeInteraction interaction) => $"/api/v10/interactions/{interaction.Id}/{interaction.Token}/callback";
}

using Bot.Discord.Gateway;
using Bot.Discord.Models;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Models;

public sealed class InteractionWireTests
{
    [Fact]
    public void AsInteraction_DocumentedCommandExample_ReadsNameOptionsMemberAndLocale()
    {
        var interaction = Fixtures.InteractionCreate("interaction-command.json").AsInteraction()!;

        Assert.Equal("786008729715212338", interaction.Id);
        Assert.Equal("A_UNIQUE_TOKEN", interaction.Token);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("latest", interaction.Data?.Name);
        var option = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(ApplicationCommandOptionType.Integer, option.Type);
        Assert.Equal(5, option.Value!.Value.GetInt32());
        Assert.Equal("Mason", interaction.Invoker?.Username);
        Assert.Equal("2147483647", interaction.Member?.Permissions);
        Assert.Equal("zh-CN", interaction.Locale);
        Assert.Equal("en-US", interaction.GuildLocale);
        Assert.Equal("290926798626357999", interaction.GuildId);
    }

    [Fact]
    public void AsInteraction_AutocompleteInDirectMessage_FindsFocusedOptionAndUser()
    {
        var interaction = Fixtures.InteractionCreate("interaction-autocomplete.json").AsInteraction()!;

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        var focused = Assert.Single(interaction.Data!.Options!, o => o.Focused == true);
        Assert.Equal("机器", focused.Value!.Value.GetString());
        Assert.Null(interaction.Member);
        Assert.Equal("梅森", interaction.Invoker?.GlobalName);
        Assert.Equal("4242", interaction.ApplicationId);
    }

    [Fact]
    public void AsInteraction_StringSelect_ReadsCustomIdValuesAndTheMessageComponents()
    {
        var interaction = Fixtures.InteractionCreate("interaction-select.json").AsInteraction()!;

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal(ComponentType.StringSelect, interaction.Data?.ComponentType);
        Assert.Equal("cat:p0", interaction.Data?.CustomId);
        Assert.Equal(["c1"], interaction.Data?.Values);
        var select = Assert.Single(Assert.Single(interaction.Message!.Components!).Components!);
        Assert.Equal("随笔 ✍️", select.Options![1].Label);
        Assert.Equal("最新文章", Assert.Single(interaction.Message.Embeds!).Title);
    }

    [Fact]
    public void AsInteraction_OtherDispatch_ReturnsNull()
    {
        var dispatch = new GatewayDispatch("GUILD_CREATE", 3, System.Text.Json.JsonDocument.Parse("{}").RootElement);

        Assert.Null(dispatch.AsInteraction());
    }

    [Fact]
    public void ToString_InteractionAndDispatch_LeaveTheContinuationTokenOut()
    {
        var dispatch = Fixtures.InteractionCreate("interaction-command.json");
        var interaction = dispatch.AsInteraction()!;

        Assert.DoesNotContain("A_UNIQUE_TOKEN", interaction.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("A_UNIQUE_TOKEN", dispatch.ToString(), StringComparison.Ordinal);
        Assert.Contains("786008729715212338", interaction.ToString(), StringComparison.Ordinal);
    }
}

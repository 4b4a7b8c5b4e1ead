using System.Text.RegularExpressions;
using Bot.Core.Commands;
using Bot.DiscordAdapter;
using Bot.Discord.Models;
using Bot.Telegram;

namespace Bot.Tests.Commands;

/// <summary>
/// The four views of <see cref="CommandCatalog"/> (Telegram menu, Discord definitions, <c>/help</c>, the parser)
/// agree with it, and every entry fits both platforms' limits (see shared/reference/platforms.md).
/// </summary>
public sealed partial class CommandCatalogViewsTests
{
    public static TheoryData<string> Names => [.. CommandCatalog.All.Select(c => c.Name)];

    public static TheoryData<ReplyLanguage> Languages => [ReplyLanguage.English, ReplyLanguage.Chinese];

    [Theory]
    [MemberData(nameof(Names))]
    public void Parser_EveryEntry_ParsesToWhatTheEntryCreates(string name)
    {
        var entry = CommandCatalog.Find(name)!;

        Assert.Equal(entry.FromText(""), CommandParser.Parse("/" + name, "OurBot"));
        Assert.Equal(entry.FromText(""), CommandParser.Parse($"/{name.ToUpperInvariant()}@OurBot", "OurBot"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TelegramMenu_EntryOfferedThere_IsListedInBothLanguages(string name)
    {
        var entry = CommandCatalog.Find(name)!;
        foreach (var language in new[] { ReplyLanguage.English, ReplyLanguage.Chinese })
        {
            var menu = TelegramTexts.Commands(language);
            var item = menu.SingleOrDefault(c => c.Command == name);
            Assert.Equal(entry.Surfaces.HasFlag(CommandSurfaces.TelegramMenu), item.Command is not null);
            if (item.Command is not null)
            {
                Assert.StartsWith(entry.Description.For(language), item.Description, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DiscordDefinitions_EntryOfferedThere_HasItsOptionsAndLocalizedDescriptions(string name)
    {
        var entry = CommandCatalog.Find(name)!;
        var definition = DiscordCommandDefinitions.All.SingleOrDefault(c => c.Name == name);

        Assert.Equal(entry.Surfaces.HasFlag(CommandSurfaces.DiscordCommands), definition is not null);
        if (definition is null)
        {
            return;
        }

        Assert.Equal(entry.Description.English, definition.Description);
        Assert.Equal(entry.Description.Chinese, definition.DescriptionLocalizations!["zh-CN"]);
        Assert.Equal(entry.Options.Select(o => o.Name), (definition.Options ?? []).Select(o => o.Name));
        Assert.All(definition.Options ?? [], option => Assert.Equal(
            entry.Options.Single(o => o.Name == option.Name).Kind == CommandOptionKind.WholeNumber ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.String,
            option.Type));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void HelpText_EntryOfferedThere_HasEveryUsageLineInBothLanguages(string name)
    {
        var entry = CommandCatalog.Find(name)!;
        foreach (var language in new[] { ReplyLanguage.English, ReplyLanguage.Chinese })
        {
            var lines = CommandTexts.For(language).HelpText.Split('\n');
            var listed = lines.Where(l => l == "/" + name || l.StartsWith("/" + name + " ", StringComparison.Ordinal)).ToList();

            Assert.Equal(entry.Surfaces.HasFlag(CommandSurfaces.Help) ? entry.Usages.Count : 0, listed.Count);
            Assert.All(entry.Usages, usage => Assert.Contains(listed, l => l.EndsWith(" — " + usage.Description.For(language), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Catalog_EveryEntry_IsOfferedSomewhereAndHasAUniqueName()
    {
        Assert.All(CommandCatalog.All, c => Assert.NotEqual(CommandSurfaces.None, c.Surfaces));
        Assert.Equal(CommandCatalog.All.Count, CommandCatalog.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TelegramMenu_EveryItem_FitsBotCommandLimits(ReplyLanguage language)
    {
        var menu = TelegramTexts.Commands(language);

        Assert.InRange(menu.Count, 1, 100);
        Assert.All(menu, item =>
        {
            Assert.Matches(TelegramCommandName(), item.Command);
            Assert.InRange(item.Description.Length, 1, 256);
        });
    }

    [Fact]
    public void DiscordDefinitions_EveryCommand_FitsApplicationCommandLimits()
    {
        Assert.InRange(DiscordCommandDefinitions.All.Count, 1, 100);
        Assert.All(DiscordCommandDefinitions.All, command =>
        {
            Assert.Matches(DiscordName(), command.Name);
            Assert.Equal(command.Name.ToLowerInvariant(), command.Name);
            AssertDiscordDescription(command.Description, command.DescriptionLocalizations);
            var options = command.Options ?? [];
            Assert.InRange(options.Count, 0, 25);
            Assert.All(options, option =>
            {
                Assert.Matches(DiscordName(), option.Name);
                Assert.Equal(option.Name.ToLowerInvariant(), option.Name);
                AssertDiscordDescription(option.Description, option.DescriptionLocalizations);
            });
            var firstOptional = options.ToList().FindIndex(o => o.Required != true);
            Assert.True(firstOptional < 0 || options.Skip(firstOptional).All(o => o.Required != true), "required options come first");
        });
    }

    private static void AssertDiscordDescription(string description, IReadOnlyDictionary<string, string>? localizations)
    {
        Assert.InRange(description.Length, 1, 100);
        Assert.All(localizations?.Values ?? [], text => Assert.InRange(text.Length, 1, 100));
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex TelegramCommandName();

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex DiscordName();
}

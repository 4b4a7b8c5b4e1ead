using System.Reflection;
using Bot.Core.Posts;
using Bot.Discord;

namespace Bot.Tests.Architecture;

/// <summary>The one-way edges of the design: the domain knows no platform, the Discord client knows no post.</summary>
public sealed class DependencyRulesTests
{
    [Theory]
    [InlineData("Telegram.Bot")]
    [InlineData("Bot.Discord")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Bot")]
    public void BotCore_DoesNotReference_PlatformOrHostAssemblies(string forbidden)
    {
        Assert.DoesNotContain(forbidden, ReferencedNames(typeof(Post).Assembly));
    }

    [Theory]
    [InlineData("Bot.Core")]
    [InlineData("Telegram.Bot")]
    [InlineData("Bot")]
    public void BotDiscord_DoesNotReference_DomainOrHostAssemblies(string forbidden)
    {
        Assert.DoesNotContain(forbidden, ReferencedNames(typeof(DiscordRestClient).Assembly));
    }

    [Fact]
    public void Bot_References_BothLibraries()
    {
        var names = ReferencedNames(typeof(Bot.Hosting.BotHost).Assembly);
        Assert.Contains("Bot.Core", names);
        Assert.Contains("Bot.Discord", names);
    }

    private static List<string> ReferencedNames(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];
}

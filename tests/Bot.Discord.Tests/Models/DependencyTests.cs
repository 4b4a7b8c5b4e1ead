namespace Bot.Discord.Tests.Models;

public sealed class DependencyTests
{
    [Fact]
    public void BotDiscord_References_OnlyTheBaseClassLibrary()
    {
        var references = typeof(DiscordRestClient).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Bot.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", name));
    }
}

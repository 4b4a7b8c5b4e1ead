using Bot.Core.Commands;
using Bot.Core.Digests;
using Bot.Core.Posts;
using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Hosting;

public sealed class CommandsServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        services.AddCommands(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddCommands_NoSettings_GivesHandlerAndDefaultDigestOptions()
    {
        using var provider = Build();

        Assert.Equal(120, provider.GetRequiredService<IOptions<DigestOptions>>().Value.SummaryLength);
        var reply = provider.GetRequiredService<CommandHandler>().Handle(new LatestCommand(5), PostIndex.Empty, ReplyLanguage.English);
        Assert.Equal("No posts yet.", reply.Text);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("5000")]
    public void AddCommands_SummaryLengthOutOfRange_FailsNamingTheKey(string value)
    {
        using var provider = Build(("Digest:SummaryLength", value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DigestOptions>>().Value);

        Assert.Contains("SummaryLength", error.Message, StringComparison.Ordinal);
    }
}

using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Models;
using Bot.Hosting;
using Bot.Http;
using Bot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

/// <summary>The Discord REST client as the host wires it, against a server that answers badly.</summary>
[Collection(Http.MemoryMeasuringCollection.Name)]
public sealed class DiscordBoundedAnswerTests
{
    private const string Token = "MTIz.host-SECRET-discord-token.XYZ";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(BadAnswer.Oversized, "answer larger than 1 MiB")]
    [InlineData(BadAnswer.CutOff, "connection closed after 11 of 1,000 bytes")]
    [InlineData(BadAnswer.HtmlBadGateway, "HTTP 502 with an HTML page")]
    [InlineData(BadAnswer.NotJson, "the answer is not JSON (9 bytes)")]
    public async Task CreateMessageAsync_BadAnswer_OneLineBoundedTransientFailure(BadAnswer answer, string expected)
    {
        await using var server = await BadHttpServer.StartAsync(answer);
        await using var provider = Services(server.BaseUrl);
        var rest = provider.GetRequiredService<DiscordRestClient>();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var failure = await Assert.ThrowsAsync<DiscordApiException>(
            () => rest.CreateMessageAsync("700", new MessageCreateRequest { Content = "hi" }).WaitAsync(Wait));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal($"Discord POST /channels/700/messages: {expected}", failure.Message);
        Assert.False(failure.IsPermanent);
        Assert.True(allocated < 8 * HttpAnswerLimit.MiB, $"allocated {allocated:N0} bytes");
    }

    private static ServiceProvider Services(string apiBaseUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Discord:Commands"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<PostIndexHolder>();
        services.AddCommands(configuration);
        services.AddDiscord(configuration);
        return services.BuildServiceProvider();
    }
}

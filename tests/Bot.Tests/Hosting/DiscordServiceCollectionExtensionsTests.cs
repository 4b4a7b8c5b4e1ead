using Bot.Core.Channels;
using Bot.Core.Posts;
using Bot.Core.Publishing;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Hosting;
using Bot.Tests.Discord;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Hosting;

/// <summary>The Discord registration as the host wires it, pointed at the fake through <c>Discord:*</c> settings.</summary>
public sealed class DiscordServiceCollectionExtensionsTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private FakeDiscordServer server = null!;
    private ServiceProvider provider = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        server.AddChannel("700");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Token,
            ["Discord:ApiBaseUrl"] = new Uri(server.BaseAddress, "api").ToString(),
            ["Discord:GatewayUrl"] = server.GatewayUrl,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<PostIndexHolder>();
        services.AddCommands(configuration);
        services.AddDiscord(configuration);
        provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task AddDiscord_WithTokenAndNoGuilds_RegistersCommandsGloballyAndAnswers()
    {
        var service = provider.GetServices<IHostedService>().OfType<DiscordInteractionService>().Single();
        provider.GetRequiredService<PostIndexHolder>().Replace(DiscordTestPosts.Index(3));

        await service.StartAsync(CancellationToken.None);
        await server.Store.WaitUntilAsync(s => s.Commands.ContainsKey("global") && server.Gateway.HasLiveSession, Timeout);
        var interaction = await server.Gateway.DispatchInteractionAsync(new FakeDiscordInteractionPayloads(server).SlashCommand("latest"));
        await server.Store.WaitUntilAsync(s => s.Callbacks.Any(c => c.InteractionId == interaction.Id), Timeout);
        await service.StopAsync(CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal(3, server.Store.Commands["global"].Count);
        Assert.All(server.Store.Requests, r => Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddDiscord_Sender_IsTheDiscordPlatformsChannelSender()
    {
        var sender = Assert.Single(provider.GetServices<IChannelSender>(), s => s.Platform == ChannelPlatform.Discord);
        var channel = new ChannelOptions { Name = "news", Platform = ChannelPlatform.Discord, ChannelId = "700" };

        var result = await sender.SendAsync(new DeliveryRequest(1, "d1-news", channel, DeliveryKind.Announcement, [DiscordTestPosts.Make(1)]), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal("d1-news", Assert.Single(server.Store.Messages).Nonce);
    }
}

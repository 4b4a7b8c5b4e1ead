using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.DiscordAdapter;
using Bot.Tests.Fakes.Discord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

/// <summary>When the command service runs at all, and how it stops when Discord refuses the session for good.</summary>
public sealed class DiscordInteractionServiceLifecycleTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly FakeLogCollector logs = new();
    private FakeDiscordServer server = null!;
    private DiscordRestClient rest = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        rest = new DiscordRestClient(new HttpClient { Timeout = Timeout }, new DiscordRestOptions { Token = server.Token, ApiBaseUrl = new Uri(server.BaseAddress, "api") });
    }

    public async Task DisposeAsync()
    {
        rest.Dispose();
        await server.DisposeAsync();
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains(server.Token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task ExecuteAsync_NoTokenOrCommandsOff_NeverConnects(bool withToken, bool commands)
    {
        using var service = Service(new DiscordOptions { Token = withToken ? server.Token : null, Commands = commands });

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(Timeout);

        Assert.Empty(server.Gateway.ConnectionPaths);
        Assert.Empty(server.Store.Requests);
        Assert.Contains(logs.GetSnapshot(), r => r.Message.StartsWith("Discord commands are not served", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_AuthenticationFailedClose_StopsWithCriticalLogInsteadOfCrashing()
    {
        using var service = Service(new DiscordOptions { Token = server.Token });
        await service.StartAsync(CancellationToken.None);
        await server.Store.WaitUntilAsync(_ => server.Gateway.HasLiveSession, Timeout);

        await server.Gateway.CloseAsync(4004, "Authentication failed.");
        await service.ExecuteTask!.WaitAsync(Timeout);

        var stopped = Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("4004", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Gateway.IdentifyCount);
        await service.StopAsync(CancellationToken.None).WaitAsync(Timeout);
    }

    [Fact]
    public async Task ExecuteAsync_HeartbeatAcknowledged_LoggedAtDebugNotInformation()
    {
        server.Gateway.HeartbeatIntervalMs = 200;
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var collector = FakeLogCollector.Create(new FakeLogCollectorOptions
        {
            OutputSink = line => { if (line.Contains("HeartbeatAcknowledged", StringComparison.Ordinal)) { acknowledged.TrySetResult(); } },
        });
        using var service = Service(new DiscordOptions { Token = server.Token }, collector);

        await service.StartAsync(CancellationToken.None);
        await acknowledged.Task.WaitAsync(Timeout);
        await service.StopAsync(CancellationToken.None).WaitAsync(Timeout);

        var acks = collector.GetSnapshot().Where(r => r.Message.Contains("HeartbeatAcknowledged", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(acks);
        Assert.All(acks, r => Assert.Equal(LogLevel.Debug, r.Level));
        Assert.Contains(collector.GetSnapshot(), r => r.Level == LogLevel.Information && r.Message.Contains("Connecting", StringComparison.Ordinal));
    }

    private DiscordInteractionService Service(DiscordOptions settings, FakeLogCollector? collector = null)
    {
        settings.GatewayUrl = server.GatewayUrl;
        var posts = new PostIndexHolder();
        posts.Replace(DiscordTestPosts.Index(5));
        return new DiscordInteractionService(
            rest, Options.Create(settings), posts, new DiscordInteractionResponder(new CommandHandler(TimeProvider.System)),
            TimeProvider.System, new FakeLogger<DiscordInteractionService>(collector ?? logs));
    }
}

using Bot.Cli;
using Bot.Core.Channels;
using Bot.Core.Publishing;
using Bot.Core.Repository;
using Bot.Hosting;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Cli;

public sealed class VerbTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public VerbTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = folder.Combine("bot.db"),
            ["Channels:0:Name"] = "all",
            ["Channels:0:Platform"] = "Console",
            ["Channels:1:Name"] = "nlp",
            ["Channels:1:Platform"] = "Telegram",
            ["Channels:1:ChatId"] = "@nlp",
            ["Channels:1:Categories:0"] = "NLP",
        }).Build();
        services = new ServiceCollection()
            .AddLogging(l => l.ClearProviders())
            .AddDelivery(configuration)
            .AddSingleton<IPostScanner>(new ListPostScanner(
                TestPosts.Make("p1", TestPosts.Start, categories: ["NLP"]), TestPosts.Make("p2", TestPosts.Start, categories: ["Python"])))
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Resend_PostWithoutChannel_QueuesOneRowPerWantingChannel()
    {
        var code = await ResendVerb.RunAsync(services, "p1", null, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal([("p1", "all"), ("p1", "nlp")], OutboxRows.Read(folder.Combine("bot.db")).Select(r => (r.PostId, r.Channel)));
        Assert.Contains("Queued 2 deliveries", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p1", "nope", "--channel 'nope' is not a configured channel")]
    [InlineData("missing", null, "no post with id 'missing'")]
    public async Task Resend_BadInput_ExplainsAndQueuesNothing(string postId, string? channel, string message)
    {
        var code = await ResendVerb.RunAsync(services, postId, channel, output, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(await services.GetRequiredService<IOutboxStore>().LoadChannelStatusAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Preview_Console_PrintsTheConsoleMessage()
    {
        var code = await PreviewVerb.RunAsync(services, "p2", ChannelPlatform.Console, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.StartsWith("=== [all] post p2 (preview)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Link:     https://blog.example/p2/", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_PlatformWithoutPreviewer_SaysNotAvailable()
    {
        var code = await PreviewVerb.RunAsync(services, "p1", ChannelPlatform.Discord, output, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("preview for Discord is not available", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterDeliveries_ShowsCountsLastErrorAndRepositoryHealth()
    {
        var store = services.GetRequiredService<IOutboxStore>();
        var now = TestPosts.Start;
        await store.EnqueueAsync("p1", ["all", "nlp"], DeliveryKind.Announcement, now, CancellationToken.None);
        await store.MarkSentAsync(1, "console-1", now, CancellationToken.None);
        await store.MarkFailedAsync(2, "Bad Request: chat not found", now, CancellationToken.None);
        await services.GetRequiredService<IRepositoryHealthStore>().SaveAsync(new RepositoryHealth(now, 2, 0, null, "git: could not read from remote"), CancellationToken.None);

        var code = await StatusVerb.RunAsync(services, output, CancellationToken.None);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("all (Console): sent 1, pending 0, failed 0, last success 2026-03-01 04:00:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains("nlp (Telegram): sent 0, pending 0, failed 1, last success never", text, StringComparison.Ordinal);
        Assert.Contains("last error: Bad Request: chat not found", text, StringComparison.Ordinal);
        Assert.Contains("last scan:  2026-03-01 04:00:00 UTC (2 posts, 0 warnings)", text, StringComparison.Ordinal);
        Assert.Contains("last error: git: could not read from remote", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_TokensNotInTheEnvironment_StillShowsTheConfiguredChannels()
    {
        var settings = folder.Combine("bot.json");
        await File.WriteAllTextAsync(settings, $$"""
            {
              "Storage": { "Path": "{{folder.Combine("status.db").Replace("\\", "/", StringComparison.Ordinal)}}" },
              "Channels": [
                { "Name": "tg", "Platform": "Telegram", "ChatId": "@blog" },
                { "Name": "dc", "Platform": "Discord", "ChannelId": "1234567890123456789" },
                { "Name": "hook", "Platform": "Discord", "WebhookUrl": "https://discord.com/api/webhooks/1/x" }
              ]
            }
            """);

        var code = await VerbHost.RunAsync([settings], sp => StatusVerb.RunAsync(sp, output, CancellationToken.None), CancellationToken.None);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("tg (Telegram, token missing: Telegram__Token is not set here): sent 0", text, StringComparison.Ordinal);
        Assert.Contains("dc (Discord, token missing: Discord__Token is not set here): sent 0", text, StringComparison.Ordinal);
        Assert.Contains("hook (Discord): sent 0", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        services.Dispose();
        output.Dispose();
        error.Dispose();
        folder.Dispose();
    }
}

using Bot.Cli;
using Bot.Core.Repository;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Digests;

public sealed class DigestVerbTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public DigestVerbTests()
    {
        services = BuildServices(folder, []);
    }

    private static ServiceProvider BuildServices(TempFolder folder, Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = folder.Combine("bot.db"),
            ["Channels:0:Name"] = "daily",
            ["Channels:0:Platform"] = "Telegram",
            ["Channels:0:ChatId"] = "@daily",
            ["Channels:0:Mode"] = "Digest",
            ["Channels:0:Schedule"] = "0 9 * * *",
            ["Channels:0:TimeZone"] = "Asia/Shanghai",
            ["Channels:1:Name"] = "instant",
            ["Channels:1:Platform"] = "Console",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging(l => l.ClearProviders())
            .AddDelivery(configuration)
            .AddCommands(configuration)
            .AddDigests(configuration)
            .AddSingleton<IPostScanner>(new ListPostScanner(
                TestPosts.Make("p1", TestPosts.Start, categories: ["NLP"]), TestPosts.Make("p2", TestPosts.Start, categories: ["Python"])))
            .BuildServiceProvider();
    }

    [Theory]
    [InlineData(null, "Latest updates")]
    [InlineData("Chinese", "最新更新")]
    public async Task Preview_DigestLanguage_SetsTheHeading(string? language, string heading)
    {
        using var own = new TempFolder();
        await using var provider = BuildServices(own, new() { ["Digest:Language"] = language });
        Queue(provider, "p1");

        var code = await DigestVerb.RunAsync(provider, "daily", preview: true, now: false, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains(heading, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WaitingPosts_PrintsTelegramMessagesOfTheDigest()
    {
        Queue("p1", "p2");

        var code = await DigestVerb.RunAsync(services, "daily", preview: true, now: false, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("digest of 2 posts", text, StringComparison.Ordinal);
        Assert.Contains("sendMessage 1 of 1 to @daily", text, StringComparison.Ordinal);
        Assert.Contains("<b>NLP</b>", text, StringComparison.Ordinal);
        Assert.Contains("https://blog.example/p2/", text, StringComparison.Ordinal);
        Assert.Equal(2, services.GetRequiredService<SqliteDigestStore>().LoadWaiting("daily").Count);
    }

    [Fact]
    public async Task Now_WaitingPosts_QueuesOneDigestRow()
    {
        Queue("p1", "p2");

        var code = await DigestVerb.RunAsync(services, "daily", preview: false, now: true, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var row = Assert.Single(OutboxRows.Read(folder.Combine("bot.db")));
        Assert.Equal(("daily", "pending"), (row.Channel, row.Status));
        Assert.Empty(services.GetRequiredService<SqliteDigestStore>().LoadWaiting("daily"));
        Assert.Contains("the running service sends it", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("daily", true, true, "give exactly one of --preview")]
    [InlineData("nope", true, false, "--channel 'nope' is not a configured channel")]
    [InlineData("instant", false, true, "channel 'instant' has Mode Instant")]
    public async Task Run_BadInput_ExplainsAndQueuesNothing(string channel, bool preview, bool now, string message)
    {
        var code = await DigestVerb.RunAsync(services, channel, preview, now, output, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("bot.db")) && OutboxRows.Read(folder.Combine("bot.db")).Count > 0);
    }

    public void Dispose()
    {
        services.Dispose();
        folder.Dispose();
    }

    private void Queue(params string[] postIds) => Queue(services, postIds);

    private static void Queue(ServiceProvider services, params string[] postIds)
    {
        using var connection = services.GetRequiredService<SqliteDatabase>().Open();
        foreach (var postId in postIds)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO digest_queue (channel, post_id, queued) VALUES ('daily', $post, 0);";
            command.Parameters.AddWithValue("$post", postId);
            command.ExecuteNonQuery();
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Tests.Fakes.Discord;
using Bot.Tests.TestSupport;

namespace Bot.Tests.Delivery;

/// <summary>
/// The crash test again, with Discord channels behind the fake Discord: the bot is killed mid fan-out and restarted.
/// The console bound allows one repeat per channel; with the delivery's nonce and <c>enforce_nonce</c>, Discord
/// returns the message it already has, so the bound here is zero duplicates.
/// </summary>
public sealed class DiscordCrashRecoveryTests : IAsyncLifetime
{
    private const int Posts = 30;
    private static readonly string[] Channels = ["910000000000000001", "910000000000000002", "910000000000000003", "910000000000000004"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder folder = new();
    private FakeDiscordServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        server.RateLimits.Limit = 10_000;
        foreach (var channel in Channels)
        {
            server.AddChannel(channel);
        }
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Bot_KilledMidDiscordFanOut_RestartDeliversEverythingWithZeroDuplicates()
    {
        var blog = new TestBlog(folder.Combine("blog"));
        blog.WritePost("archive", TestBlog.FirstDate);
        var configDirectory = folder.Combine("config");
        WriteSettings(Path.Combine(configDirectory, "appsettings.json"), blog.Root);
        int beforeKill;
        using (var first = BotProcess.Start(configDirectory))
        {
            await first.ReadUntilAsync(l => l.Contains("First run: recorded", StringComparison.Ordinal), Timeout);
            for (var i = 0; i < Posts; i++)
            {
                blog.WritePost($"p{i:00}", TestBlog.FirstDate.AddMinutes(i + 1));
            }

            await server.Store.WaitUntilAsync(s => s.Messages.Count >= 30, Timeout);
            first.Kill();
            beforeKill = server.Store.Messages.Count;
        }

        Assert.InRange(beforeKill, 30, (Posts * Channels.Length) - 1);
        using (BotProcess.Start(configDirectory))
        {
            await server.Store.WaitUntilAsync(s => Delivered(s) == Posts * Channels.Length, Timeout);
        }

        Assert.Equal(Posts * Channels.Length, server.Store.Messages.Count);
        Assert.Equal(0, server.RateLimits.TooManyRequestsServed);
        Assert.All(server.Store.Messages, m => Assert.True(m.Body["enforce_nonce"]!.GetValue<bool>()));
    }

    private static int Delivered(FakeDiscordStore store) =>
        store.Messages.Select(m => (m.ChannelId, m.Embeds[0]!["url"]!.GetValue<string>())).Distinct().Count();

    private void WriteSettings(string path, string blogRoot)
    {
        HostSettings.Write(path, blogRoot, folder.Combine("data", "bot.db"), Channels.Select(c => (c, new[] { "*" })));
        var settings = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var channel in settings["Channels"]!.AsArray())
        {
            channel!["Platform"] = "Discord";
            channel["ChannelId"] = channel["Name"]!.GetValue<string>();
        }

        settings["Discord"] = new JsonObject
        {
            ["Token"] = server.Token,
            ["ApiBaseUrl"] = new Uri(server.BaseAddress, "api").ToString(),
            ["Commands"] = false,
        };
        File.WriteAllText(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Discord.Models;
using Bot.Discord.Rest;

namespace Bot.Benchmarks.DiscordLibrary;

/// <summary>
/// The library's share of "interaction received → callback sent": parse the gateway frame, read the interaction,
/// and send the callback through the rate limiter and HttpClient (in-memory handler, no network). Also one
/// announcement Create Message with an embed.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
public class DiscordLibraryBenchmarks
{
    private static readonly byte[] Frame = Encoding.UTF8.GetBytes(
        """{"op":0,"s":42,"t":"INTERACTION_CREATE","d":{"id":"786008729715212338","application_id":"4242","type":4,"token":"A_UNIQUE_TOKEN","locale":"zh-CN","guild_id":"290926798626357999","channel_id":"645027906669510667","member":{"user":{"id":"53908232506183680","username":"Mason"},"roles":[],"permissions":"2147483647"},"data":{"id":"1","name":"category","type":1,"options":[{"type":3,"name":"name","value":"机器","focused":true}]}}}""");

    private static readonly InteractionCallback Choices = new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new() { Choices = [.. Enumerable.Range(0, 25).Select(i => ApplicationCommandOptionChoice.ForString($"机器学习 {i}", $"c{i}"))] },
    };

    private static readonly MessageCreateRequest Announcement = new()
    {
        Nonce = "d-1234567",
        EnforceNonce = true,
        AllowedMentions = AllowedMentions.None,
        Embeds =
        [
            new Embed
            {
                Title = "新文章：Transformer 笔记 🚀",
                Url = "https://blog.example/2026/transformer",
                Description = string.Concat(Enumerable.Repeat("注意力机制是一种…", 400)),
                Color = 0x3366CC,
                Timestamp = DateTimeOffset.UnixEpoch,
                Footer = new EmbedFooter { Text = "NLP · 随笔" },
            },
        ],
    };

    private DiscordRateLimiter _limiter = null!;
    private DiscordRestClient _client = null!;
    private long _interactionId;

    [GlobalSetup]
    public void Setup()
    {
        // The real 50/s ceiling would make this a measure of waiting; lift it to measure the work.
        _limiter = new DiscordRateLimiter(globalRequestsPerSecond: 10_000_000);
        _client = new DiscordRestClient(new InMemoryDiscordHandler(), new DiscordRestOptions { Token = "benchmark-token" }, _limiter);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _limiter.Dispose();
    }

    [Benchmark]
    public Interaction? ParseInteractionFrame()
    {
        var payload = System.Text.Json.JsonSerializer.Deserialize(Frame, Bot.Discord.Serialization.DiscordJsonContext.Default.GatewayPayload)!;
        return new GatewayDispatch(payload.T!, payload.S, payload.D!.Value).AsInteraction();
    }

    [Benchmark]
    public Task SendAutocompleteCallback()
    {
        var id = Interlocked.Increment(ref _interactionId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _client.CreateInteractionResponseAsync(id, "A_UNIQUE_TOKEN", Choices);
    }

    [Benchmark]
    public Task<DiscordMessage> CreateAnnouncementMessage() => _client.CreateMessageAsync("42", Announcement);
}

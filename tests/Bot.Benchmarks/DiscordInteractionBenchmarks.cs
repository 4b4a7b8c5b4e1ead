using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Discord;
using Bot.Discord.Gateway;
using Bot.Discord.Serialization;
using Bot.DiscordAdapter;

namespace Bot.Benchmarks;

/// <summary>
/// The bot's own work for one interaction on a 10,000-post blog: the INTERACTION_CREATE data as received from the
/// gateway → parsed → answered → the callback body serialized, ready to POST. Target: p99 under 5 ms.
/// </summary>
[Config(typeof(DiscordBenchmarkConfig))]
[MemoryDiagnoser]
public class DiscordInteractionBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(8));
    private readonly DiscordInteractionResponder responder = new(new CommandHandler(TimeProvider.System));
    private PostIndex index = PostIndex.Empty;
    private GatewayDispatch latest = null!;
    private GatewayDispatch autocomplete = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] words = ["机器学习", "NLP", "Rust", "随笔", "深度学习", "Go", "分布式", "Linux", "数据库", "前端"];
        var categories = Enumerable.Range(0, 200).Select(i => $"{words[i % words.Length]}{i / words.Length}").ToArray();
        index = PostIndex.Build(Enumerable.Range(1, 10_000).Select(n => new Post
        {
            Id = $"p{n}",
            Source = $"source/_posts/p{n}.md",
            Title = $"第 {n} 篇：A post about **things** number {n}",
            Date = Now.AddMinutes(-n),
            Categories = [categories[n % categories.Length], categories[(n * 7) % categories.Length]],
            Link = $"https://blog.example.org/2026/p{n}/",
            Summary = string.Concat(Enumerable.Repeat("摘要 summary text ", 20)),
            ContentHash = n.ToString(CultureInfo.InvariantCulture),
        }), Now);
        latest = Dispatch("""{"id":"1","application_id":"2","type":2,"token":"t","locale":"zh-CN","guild_id":"3","channel_id":"4","data":{"id":"5","name":"latest","type":1,"options":[{"name":"count","type":4,"value":20}]}}""");
        autocomplete = Dispatch("""{"id":"1","application_id":"2","type":4,"token":"t","locale":"en-US","guild_id":"3","channel_id":"4","data":{"id":"5","name":"category","type":1,"options":[{"name":"name","type":3,"value":"学习","focused":true}]}}""");
    }

    [Benchmark]
    public int Latest() => Answer(latest);

    [Benchmark]
    public int Autocomplete() => Answer(autocomplete);

    private int Answer(GatewayDispatch dispatch)
    {
        var interaction = dispatch.AsInteraction()!;
        var callback = responder.Respond(interaction, index);
        return JsonSerializer.SerializeToUtf8Bytes(callback, DiscordJsonContext.Wire.InteractionCallback).Length;
    }

    private static GatewayDispatch Dispatch(string json) =>
        new(GatewayDispatch.InteractionCreate, 1, JsonDocument.Parse(Encoding.UTF8.GetBytes(json)).RootElement.Clone());
}

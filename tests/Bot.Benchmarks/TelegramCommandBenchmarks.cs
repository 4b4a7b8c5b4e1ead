using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bot.Core.Commands;
using Bot.Core.Posts;
using Bot.Secrets;
using Bot.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Benchmarks;

/// <summary>
/// The bot's own work from a Telegram update arriving (JSON) to the reply request being ready: deserialize, parse the
/// command, handle it against 10,000 posts, render HTML and keyboard. Target: p99 under 5 ms (P100 is the maximum).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TelegramBenchmarkConfig))]
public class TelegramCommandBenchmarks
{
    private const int PostCount = 10_000;
    private TelegramUpdateProcessor processor = null!;
    private string latestUpdate = "";
    private string categoryUpdate = "";

    [GlobalSetup]
    public void Setup()
    {
        var categories = new[] { "NLP", "深度学习", "Rust", "Machine Learning", "随笔", "C#", "Go", "Databases" };
        var start = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var posts = Enumerable.Range(0, PostCount).Select(i => new Post
        {
            Id = $"posts/{i}.md",
            Source = $"source/_posts/{i}.md",
            Title = $"第 {i} 篇：Notes on <topic> & more {i}",
            Date = start.AddHours(i * 7),
            Categories = [categories[i % categories.Length], categories[(i / 3) % categories.Length]],
            Link = $"https://blog.example/{i}/",
            Summary = string.Concat(Enumerable.Repeat("A summary with 中文 and emoji 🎉. ", 6)),
            ContentHash = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var holder = new PostIndexHolder();
        holder.Replace(PostIndex.Build(posts, start.AddYears(20)));
        var bot = new TelegramBotClient(new TelegramBotClientOptions("123456:BENCH", "http://127.0.0.1:9"));
        processor = new TelegramUpdateProcessor(
            bot, new TelegramPacedApi(new TelegramSendThrottle(TimeProvider.System), TimeProvider.System), "OurBot", holder, new CommandHandler(TimeProvider.System), new TelegramChatFloodGate(TimeProvider.System),
            TelegramLanguage.Auto, new SecretRedactor(["123456:BENCH"]), NullLogger.Instance);
        latestUpdate = UpdateJson("/latest@OurBot 10");
        categoryUpdate = UpdateJson("/category 深度学习");
    }

    [Benchmark]
    public TelegramCommandReply? Latest() => Process(latestUpdate);

    [Benchmark]
    public TelegramCommandReply? CategoryByName() => Process(categoryUpdate);

    private TelegramCommandReply? Process(string json)
    {
        var update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
        return processor.Plan(update.Message!);
    }

    private static string UpdateJson(string text) => JsonSerializer.Serialize(new
    {
        update_id = 1,
        message = new
        {
            message_id = 7,
            date = 1_780_000_000,
            chat = new { id = -1001234, type = "supergroup", title = "Readers" },
            from = new { id = 42, is_bot = false, first_name = "Reader", language_code = "zh-hans" },
            text,
            entities = new[] { new { type = "bot_command", offset = 0, length = text.IndexOf(' ', StringComparison.Ordinal) is var i and > 0 ? i : text.Length } },
        },
    });
}

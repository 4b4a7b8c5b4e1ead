using BenchmarkDotNet.Attributes;
using Bot.Core.Commands;
using Bot.Core.Posts;

namespace Bot.Benchmarks;

/// <summary>
/// Command handling on an index of 10,000 synthetic posts in 200 categories (Latin, CJK and emoji names): the bot's
/// own processing from command text or button payload to a platform-neutral reply. Target: well under 5 ms.
/// </summary>
[MemoryDiagnoser]
[MaxColumn]
[Config(typeof(CommandBenchmarkConfig))]
public class CommandBenchmarks
{
    private const int PostCount = 10_000;
    private const int CategoryCount = 200;
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));

    private readonly CommandHandler handler = new(TimeProvider.System);
    private PostIndex index = PostIndex.Empty;
    private string categoryPagePayload = "";

    [GlobalSetup]
    public void Setup()
    {
        var categories = Enumerable.Range(0, CategoryCount).Select(CategoryNameFor).ToArray();
        var posts = Enumerable.Range(0, PostCount).Select(i => new Post
        {
            Id = $"post-{i:D5}",
            Source = $"source/_posts/post-{i:D5}.md",
            Title = $"第 {i} 篇文章: Transformer 与 RNN",
            Date = Start.AddHours(i * 3),
            Categories = [categories[i % CategoryCount], categories[(i * 7 + 3) % CategoryCount]],
            Link = $"https://blog.example/posts/{i:D5}/",
            Summary = string.Concat(Enumerable.Repeat("深度学习 [代码] summary text ", 8)),
            ContentHash = $"hash-{i}",
        });
        index = PostIndex.Build(posts, Start.AddYears(10));
        categoryPagePayload = CommandPayload.Encode(new CategoryPostsCommand("深度学习 8", 3), index);
    }

    [Benchmark]
    public Reply LatestFromText() => Handle(CommandParser.Parse("/latest@OurBot 20", "OurBot"));

    [Benchmark]
    public Reply LatestOlderPageFromButton() => Handle(CommandPayload.Decode("l:5:40", index));

    [Benchmark]
    public Reply CategoryByNameFromText() => Handle(CommandParser.Parse("/category 深度 学习 8", "OurBot"));

    [Benchmark]
    public Reply CategoryPageFromButton() => Handle(CommandPayload.Decode(categoryPagePayload, index));

    [Benchmark]
    public Reply UnknownCategoryWithSuggestions() => Handle(CommandParser.Parse("/category deep lerning 5", "OurBot"));

    [Benchmark]
    public Reply CategoryList() => Handle(new CategoryListCommand(3));

    [Benchmark]
    public int Autocomplete() => CategorySuggester.Suggest(index, "学习").Count;

    private Reply Handle(ChatCommand? command) =>
        handler.Handle(command ?? throw new InvalidOperationException("benchmark input did not parse"), index, ReplyLanguage.Chinese);

    private static string CategoryNameFor(int i) => (i % 4) switch
    {
        0 => $"深度学习 {i}",
        1 => $"Deep Learning {i}",
        2 => $"🤖 Bots {i}",
        _ => $"ＮＬＰ_{i}",
    };
}
